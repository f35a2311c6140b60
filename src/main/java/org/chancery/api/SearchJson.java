package org.chancery.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.search.FacetCount;
import org.chancery.search.SearchHit;
import org.chancery.search.SearchResults;
import org.chancery.search.Snippet;
import org.chancery.web.BaseUrl;

/**
 * The read API's search results: each hit's snippet as plain text with the character ranges
 * [start, end) of the words that matched, so a client marks them as it likes and never has to
 * trust markup from the server.
 *
 * @param problem why the query was not read as typed ({@code quote}, {@code bracket}, {@code syntax}), or null
 * @param next    the address of the next page, or null on the last
 */
record SearchJson(String query, String language, String reading, String problem, boolean anyWords,
        boolean rebuilding, long total, int page, int pages, List<Hit> hits, Facets facets, String next) {

    record Hit(long id, String type, String title, List<List<Integer>> titleHighlights, String snippet,
            List<List<Integer>> highlights, String url, String path, Instant publishedAt) {
    }

    record Facets(List<Count> type, List<Count> year) {
    }

    record Count(Object value, int count) {
    }

    static SearchJson of(SearchResults r, BaseUrl baseUrl, String next) {
        List<Hit> hits = r.hits().stream().map(h -> hit(h, baseUrl)).toList();
        Facets facets = new Facets(
                r.types().stream().map(c -> new Count(c.value().code(), c.count())).toList(),
                r.years().stream().map((FacetCount<Integer> c) -> new Count(c.value(), c.count())).toList());
        return new SearchJson(r.query().text(), r.query().lang(), r.reading(),
                r.problem().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse(null), r.anyWords(), r.rebuilding(),
                r.total(), r.query().page(), r.pages(), hits, facets, next);
    }

    private static Hit hit(SearchHit h, BaseUrl baseUrl) {
        return new Hit(h.id(), h.type().code(), h.title().text(), ranges(h.title()), h.snippet().text(),
                ranges(h.snippet()), baseUrl.absolute(h.path()), h.path(), h.publishedAt());
    }

    /** The [start, end) character offsets of the matching segments in the snippet's text. */
    static List<List<Integer>> ranges(Snippet snippet) {
        List<List<Integer>> ranges = new ArrayList<>();
        int at = 0;
        for (Snippet.Segment segment : snippet.segments()) {
            int end = at + segment.text().length();
            if (segment.match()) {
                ranges.add(List.of(at, end));
            }
            at = end;
        }
        return ranges;
    }
}
