package org.chancery.publication;

/** Membership of a multi-part series: all parts share {@code key}; parts count from 1. */
public record SeriesPart(String key, int part) {
    public SeriesPart {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("series key is empty");
        }
        if (part < 1) {
            throw new IllegalArgumentException("series part must be 1 or more, got " + part);
        }
    }
}
