package org.chancery.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A piece of text with the words that matched marked: plain text in segments, so a template
 * escapes every segment and wraps the matching ones in {@code <mark>}; no markup is ever built
 * from a publication's text.
 */
public record Snippet(List<Segment> segments) {

    public Snippet {
        segments = List.copyOf(segments);
    }

    /** A run of text; {@code match} when it is a word that matched the query. */
    public record Segment(String text, boolean match) {
    }

    public static Snippet plain(String text) {
        return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The text without marks. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
