package org.chancery.search;

import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationType;

/**
 * What a search found.
 *
 * @param reading    what was searched for: the query as typed, or the best reading of it
 * @param problem    present when the query could not be read as typed
 * @param anyWords   no publication had all the words, so these have any of them
 * @param total      how many publications match, over all pages
 * @param hits       this page's matches, most relevant first
 * @param types      how many matches each type has (under the year chosen), most first
 * @param years      how many matches each year has (under the type chosen), newest first
 * @param rebuilding the index is being rebuilt, so some publications may be missing
 */
public record SearchResults(
        SearchQuery query,
        String reading,
        Optional<SyntaxProblem> problem,
        boolean anyWords,
        long total,
        List<SearchHit> hits,
        List<FacetCount<PublicationType>> types,
        List<FacetCount<Integer>> years,
        boolean rebuilding) {

    public SearchResults {
        hits = List.copyOf(hits);
        types = List.copyOf(types);
        years = List.copyOf(years);
    }

    /** Nothing asked, nothing found. */
    static SearchResults none(SearchQuery query, boolean rebuilding) {
        return new SearchResults(query, "", Optional.empty(), false, 0, List.of(), List.of(), List.of(), rebuilding);
    }

    public int pages() {
        return (int) Math.min(SearchQuery.MAX_PAGE, Math.max(1, (total + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE));
    }
}
