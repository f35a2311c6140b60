package org.chancery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.IndexSearcher;
import org.chancery.publication.PublicationType;

/** How many matches each type and each year has, counted from the index's doc values by Lucene's facet module. */
record SearchFacets(List<FacetCount<PublicationType>> types, List<FacetCount<Integer>> years) {

    static SearchFacets count(IndexSearcher searcher, FacetsCollector forTypes, FacetsCollector forYears)
            throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return new SearchFacets(List.of(), List.of());
        }
        return new SearchFacets(types(searcher, forTypes), years(forYears));
    }

    private static List<FacetCount<PublicationType>> types(IndexSearcher searcher, FacetsCollector hits)
            throws IOException {
        var state = new StringDocValuesReaderState(searcher.getIndexReader(), IndexFields.TYPE);
        FacetResult result = new StringValueFacetCounts(state, hits).getAllChildren(IndexFields.TYPE);
        if (result == null) {
            return List.of();
        }
        return Arrays.stream(result.labelValues)
                .filter(lv -> lv.value.intValue() > 0)
                .flatMap(lv -> PublicationType.fromCode(lv.label).map(t -> new FacetCount<>(t, lv.value.intValue()))
                        .stream())
                .sorted(Comparator.comparing((FacetCount<PublicationType> c) -> -c.count())
                        .thenComparing(c -> c.value().ordinal()))
                .toList();
    }

    private static List<FacetCount<Integer>> years(FacetsCollector hits) throws IOException {
        FacetResult result = new LongValueFacetCounts(IndexFields.YEAR, hits).getAllChildrenSortByValue();
        return Optional.ofNullable(result).map(r -> Arrays.stream(r.labelValues)
                        .filter(lv -> lv.value.intValue() > 0)
                        .map(lv -> new FacetCount<>(Integer.parseInt(lv.label), lv.value.intValue()))
                        .sorted(Comparator.comparing((FacetCount<Integer> c) -> c.value()).reversed())
                        .toList())
                .orElse(List.of());
    }
}
