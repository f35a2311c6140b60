package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.search.QueryReader.Reading;

/**
 * The snippets of a page of hits: each title with its matches marked, and the best passages of
 * the body, or of what the speakers named in the query said.
 */
final class HitSnippets {
    static final int PASSAGES = 2;

    private final Object[] titles;
    private final List<Object[]> texts;

    private HitSnippets(Object[] titles, List<Object[]> texts) {
        this.titles = titles;
        this.texts = texts;
    }

    static HitSnippets of(Snippets highlighter, Reading reading, int[] docIds) throws IOException {
        List<String> textFields = reading.said().isEmpty() ? List.of(IndexFields.BODY) : reading.said();
        List<String> fields = new ArrayList<>(List.of(IndexFields.TITLE));
        fields.addAll(textFields);
        int[] passages = new int[fields.size()];
        Arrays.fill(passages, PASSAGES);
        passages[0] = 1;
        Map<String, Object[]> found = highlighter.of(fields.toArray(String[]::new), reading.query(), docIds, passages);
        return new HitSnippets(found.get(IndexFields.TITLE), textFields.stream().map(found::get).toList());
    }

    Optional<Snippet> title(int i) {
        return Optional.ofNullable((Snippet) titles[i]);
    }

    /** The first text field with a match, for the i-th hit. */
    Optional<Snippet> text(int i) {
        return texts.stream().map(t -> (Snippet) t[i]).filter(s -> s != null && !s.isEmpty()).findFirst();
    }
}
