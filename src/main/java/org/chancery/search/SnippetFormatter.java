package org.chancery.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: passages in document order, joined and
 * framed by an ellipsis where text was left out, line breaks as spaces.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = "…";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Segment> segments = new ArrayList<>();
        int end = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > end) {
                add(segments, ELLIPSIS + " ", false);
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int stop = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
                if (stop <= start) {
                    continue; // overlaps a match already marked
                }
                add(segments, content.substring(at, start), false);
                add(segments, content.substring(start, stop), true);
                at = stop;
            }
            add(segments, content.substring(at, passage.getEndOffset()), false);
            end = passage.getEndOffset();
        }
        if (!segments.isEmpty() && end < content.length()) {
            add(segments, " " + ELLIPSIS, false);
        }
        return new Snippet(trim(segments));
    }

    private static void add(List<Snippet.Segment> segments, String text, boolean match) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ");
        if (flat.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (!match && last >= 0 && !segments.get(last).match()) {
            String joined = WHITESPACE.matcher(segments.get(last).text() + flat).replaceAll(" ");
            segments.set(last, new Snippet.Segment(joined, false));
        } else {
            segments.add(new Snippet.Segment(flat, match));
        }
    }

    private static List<Snippet.Segment> trim(List<Snippet.Segment> segments) {
        if (segments.isEmpty()) {
            return segments;
        }
        Snippet.Segment first = segments.get(0);
        if (!first.match()) {
            segments.set(0, new Snippet.Segment(first.text().stripLeading(), false));
        }
        int last = segments.size() - 1;
        Snippet.Segment tail = segments.get(last);
        if (!tail.match()) {
            segments.set(last, new Snippet.Segment(tail.text().stripTrailing(), false));
        }
        segments.removeIf(s -> s.text().isEmpty());
        return segments;
    }
}
