package org.chancery.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the words of a query in the stored text of hits, with Lucene's unified highlighter
 * reading the offsets kept in the index: the title whole, other fields as the passages of about
 * {@value #PASSAGE_LENGTH} characters that match best, however deep in a long body they are.
 */
final class Snippets extends UnifiedHighlighter {
    static final int PASSAGE_LENGTH = 200;
    /** Bodies are at most 2 MiB; the highlighter's default would look at the first 10,000 characters only. */
    private static final int MAX_LENGTH = 3 * 1024 * 1024;

    Snippets(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), PASSAGE_LENGTH, 0.5f)));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return IndexFields.TITLE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
    }

    /**
     * For each field, the snippet of each document (in the order of {@code docIds}), or null where
     * the field has no match.
     */
    Map<String, Object[]> of(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
