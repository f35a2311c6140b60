package org.chancery.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsCollectorManager.FacetsResult;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser.Operator;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chancery.publication.PublicationType;
import org.chancery.search.QueryReader.Reading;

/**
 * Runs searches: reads the query (see {@link QueryReader}), ranks matches by relevance with a
 * gentle boost for recent ones ({@link RecencyBoost}), counts them by type and by year
 * ({@link SearchFacets}) and marks the matching words in the hits' titles and text
 * ({@link Snippets}). When no publication has all the words, those with any of them are shown.
 * {@link #elsewhere} finds the best few matches of the same search in each other language.
 */
public final class SearchService {
    public static final int PAGE_SIZE = 10;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.SLUG, IndexFields.TYPE,
            IndexFields.TITLE, IndexFields.LEAD, IndexFields.PUBLISHED);

    private final SearchIndex index;
    private final Clock clock;
    private final Supplier<ZoneId> homeZone;

    public SearchService(SearchIndex index, Clock clock, Supplier<ZoneId> homeZone) {
        this.index = index;
        this.clock = clock;
        this.homeZone = homeZone;
    }

    public SearchResults search(SearchQuery query) {
        boolean rebuilding = index.rebuilding(query.lang());
        if (query.isEmpty()) {
            return SearchResults.none(query, rebuilding);
        }
        LanguageIndex language = index.language(query.lang());
        return language.search(searcher -> run(searcher, language.analyzer(), query, rebuilding));
    }

    /**
     * The {@code each} best matches of the same words (and type and year) in every other language
     * of the index, in the site's order of languages; languages where nothing matches are left out.
     */
    public List<LanguageHits> elsewhere(SearchQuery query, int each) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<LanguageHits> found = new ArrayList<>();
        for (String lang : index.languages()) {
            if (!lang.equals(query.lang())) {
                SearchQuery there = query.in(lang);
                LanguageIndex language = index.language(lang);
                LanguageHits hits = language.search(searcher -> best(searcher, language.analyzer(), there, each));
                if (hits.total() > 0) {
                    found.add(hits);
                }
            }
        }
        return found;
    }

    /** The first {@code each} matches of all the words, or else of any of them; no facets. */
    private LanguageHits best(IndexSearcher searcher, Analyzer analyzer, SearchQuery query, int each)
            throws IOException {
        QueryReader reader = new QueryReader(analyzer);
        Supplier<Set<String>> speakers = () -> LanguageIndex.speakerKeys(searcher);
        Reading reading = reader.read(query.text(), Operator.AND, speakers);
        Query ranked = ranked(reading.query(), query);
        int total = searcher.count(ranked);
        if (total == 0) {
            reading = reader.read(query.text(), Operator.OR, speakers);
            ranked = ranked(reading.query(), query);
            total = searcher.count(ranked);
        }
        if (total == 0) {
            return new LanguageHits(query, 0, List.of());
        }
        return new LanguageHits(query, total, hits(searcher, analyzer, reading, searcher.search(ranked, each), query));
    }

    private Query ranked(Query text, SearchQuery query) {
        Query type = query.type().map(t -> (Query) new TermQuery(new Term(IndexFields.TYPE, t.code()))).orElse(null);
        Query year = query.year().map(y -> IntPoint.newExactQuery(IndexFields.YEAR, y)).orElse(null);
        return RecencyBoost.boost(filtered(text, type, year), clock.instant());
    }

    /** The matches of one reading of the query: a page of them, how many in all, and the facets. */
    private record Matches(TopDocs top, long total, SearchFacets facets) {
    }

    private SearchResults run(IndexSearcher searcher, Analyzer analyzer, SearchQuery query, boolean rebuilding)
            throws IOException {
        QueryReader reader = new QueryReader(analyzer);
        Supplier<Set<String>> speakers = () -> LanguageIndex.speakerKeys(searcher);
        Reading reading = reader.read(query.text(), Operator.AND, speakers);
        Matches matches = matches(searcher, reading.query(), query);
        boolean anyWords = false;
        if (matches.total() == 0) {
            Reading any = reader.read(query.text(), Operator.OR, speakers);
            if (!any.query().equals(reading.query())) {
                Matches some = matches(searcher, any.query(), query);
                if (some.total() > 0) {
                    reading = any;
                    matches = some;
                    anyWords = true;
                }
            }
        }
        List<SearchHit> hits = hits(searcher, analyzer, reading, matches.top(), query);
        return new SearchResults(query, reading.text(), reading.problem(), anyWords, matches.total(), hits,
                matches.facets().types(), matches.facets().years(), rebuilding);
    }

    private Matches matches(IndexSearcher searcher, Query text, SearchQuery query) throws IOException {
        Query type = query.type().map(t -> (Query) new TermQuery(new Term(IndexFields.TYPE, t.code()))).orElse(null);
        Query year = query.year().map(y -> IntPoint.newExactQuery(IndexFields.YEAR, y)).orElse(null);
        Query ranked = RecencyBoost.boost(filtered(text, type, year), clock.instant());
        FacetsResult result = FacetsCollectorManager.search(searcher, ranked, query.page() * PAGE_SIZE,
                new FacetsCollectorManager());
        FacetsCollector all = result.facetsCollector();
        // Each facet counts the matches under the other facet's choice, so a reader can switch type or year.
        FacetsCollector forTypes = type == null ? all : collect(searcher, filtered(text, null, year));
        FacetsCollector forYears = year == null ? all : collect(searcher, filtered(text, type, null));
        SearchFacets facets = SearchFacets.count(searcher, forTypes, forYears);
        long total = all.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        return new Matches(result.topDocs(), total, facets);
    }

    private static FacetsCollector collect(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new FacetsCollectorManager());
    }

    private static Query filtered(Query text, Query type, Query year) {
        if (type == null && year == null) {
            return text;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (type != null) {
            all.add(type, Occur.FILTER);
        }
        if (year != null) {
            all.add(year, Occur.FILTER);
        }
        return all.build();
    }

    private List<SearchHit> hits(IndexSearcher searcher, Analyzer analyzer, Reading reading, TopDocs top,
            SearchQuery query) throws IOException {
        int from = (query.page() - 1) * PAGE_SIZE;
        ScoreDoc[] docs = top.scoreDocs;
        if (from >= docs.length) {
            return List.of();
        }
        int[] ids = new int[docs.length - from];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docs[from + i].doc;
        }
        HitSnippets snippets = HitSnippets.of(new Snippets(searcher, analyzer), reading, ids);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            hits.add(hit(query.lang(), stored.document(ids[i], HIT_FIELDS), snippets, i));
        }
        return hits;
    }

    private SearchHit hit(String lang, Document doc, HitSnippets snippets, int i) {
        Instant published = Instant.ofEpochMilli(doc.getField(IndexFields.PUBLISHED).numericValue().longValue());
        Snippet title = snippets.title(i).orElseGet(() -> Snippet.plain(doc.get(IndexFields.TITLE)));
        Snippet text = snippets.text(i).orElseGet(() -> Snippet.plain(doc.get(IndexFields.LEAD)));
        return new SearchHit(Long.parseLong(doc.get(IndexFields.ID)), doc.get(IndexFields.SLUG), lang,
                PublicationType.fromCode(doc.get(IndexFields.TYPE)).orElseThrow(), title, text, published,
                published.atZone(homeZone.get()).toLocalDate());
    }
}
