package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.search.Snippet;
import org.chancery.search.Snippet.Segment;
import org.junit.jupiter.api.Test;

/** The search answer's highlights are character ranges into the plain snippet. */
class SearchJsonTest {

    @Test
    void each_matching_segment_becomes_a_start_and_end_offset() {
        Snippet snippet = new Snippet(List.of(new Segment("… the ", false), new Segment("pandemic", true),
                new Segment(" and ", false), new Segment("pandemics", true)));

        List<List<Integer>> ranges = SearchJson.ranges(snippet);

        assertThat(ranges).containsExactly(List.of(6, 14), List.of(19, 28));
        assertThat(ranges).allSatisfy(r -> assertThat(snippet.text().substring(r.get(0), r.get(1))).startsWith("pandemic"));
    }

    @Test
    void a_snippet_without_matches_has_no_ranges() {
        assertThat(SearchJson.ranges(Snippet.plain("The lead."))).isEmpty();
    }
}
