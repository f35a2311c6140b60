package org.chancery.search;

import java.util.List;

/**
 * The best matches of a search in another language than the page's, shown after the page's own
 * results so a reader finds what was published only in that language.
 *
 * @param query the same search in that language, for the link to all of its results
 * @param total how many publications match in that language
 * @param best  the few most relevant of them
 */
public record LanguageHits(SearchQuery query, long total, List<SearchHit> best) {

    public LanguageHits {
        best = List.copyOf(best);
    }

    public String lang() {
        return query.lang();
    }
}
