package org.chancery.editorial;

/**
 * One row of a side-by-side comparison of two bodies: a line on the left (older), on the
 * right (newer), or both. A side is empty where the line does not exist.
 */
public record DiffRow(Change change, String left, String right) {

    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }
}
