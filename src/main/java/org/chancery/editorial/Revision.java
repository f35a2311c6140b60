package org.chancery.editorial;

/** A saved revision: its place in the history and the full content as it was saved. */
public record Revision(RevisionSummary summary, Content content) {

    public int number() {
        return summary.number();
    }
}
