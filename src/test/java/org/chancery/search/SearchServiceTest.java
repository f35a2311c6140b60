package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.search.TestIndex.NOW;
import static org.chancery.search.TestIndex.ids;
import static org.chancery.search.TestIndex.item;
import static org.chancery.search.TestIndex.transcript;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.chancery.publication.PublicationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Searching a small index: relevance, stemming, phrases, speakers, facets, pages and the recency boost. */
class SearchServiceTest {
    private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
    private static final Instant LONG_AGO = Instant.parse("2004-03-01T10:00:00Z");

    private final TestIndex index = TestIndex.english();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void plural_finds_singular_by_its_stem() {
        index.add(item(1, "Statement", "The pandemic has changed diplomacy.", YEAR_AGO),
                item(2, "Other", "Nothing about illness here.", YEAR_AGO));

        SearchResults found = index.search("pandemics");

        assertThat(ids(found)).containsExactly(1L);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.problem()).isEmpty();
    }

    @Test
    void a_phrase_in_quotes_matches_the_words_in_that_order_only() {
        index.add(item(1, "Order", "The world order after the pandemic.", YEAR_AGO),
                item(2, "Other", "An order came from the other side of the world.", YEAR_AGO));

        assertThat(ids(index.search("\"world order\""))).containsExactly(1L);
        assertThat(ids(index.search("world order"))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void a_named_speaker_finds_only_what_that_speaker_said() {
        index.add(
                transcript(1, "Interview one", "Question: What of multilateralism?\n\nSergey Lavrov: We prefer talks.",
                        YEAR_AGO, "Question", "Sergey Lavrov"),
                transcript(2, "Interview two", "Question: And Europe?\n\nSergey Lavrov: Multilateralism is the UN.",
                        YEAR_AGO, "Question", "Sergey Lavrov"));

        SearchResults byName = index.search("speaker:\"Sergey Lavrov\" multilateralism");
        SearchResults byPart = index.search("speaker:lavrov multilateralism");

        assertThat(ids(byName)).containsExactly(2L);
        assertThat(ids(byPart)).containsExactly(2L);
        assertThat(ids(index.search("multilateralism"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(byName.hits().get(0).snippet().segments()).filteredOn(Snippet.Segment::match)
                .extracting(Snippet.Segment::text).containsExactly("Multilateralism");
        assertThat(ids(index.search("speaker:\"Sergey Lavrov\""))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.search("speaker:\"Maria Zakharova\" multilateralism").total()).isZero();
    }

    @Test
    void an_unclosed_quote_is_closed_and_the_reader_told() {
        index.add(item(1, "Order", "The world order after the pandemic.", YEAR_AGO));

        SearchResults found = index.search("\"world order");

        assertThat(found.problem()).contains(SyntaxProblem.QUOTE);
        assertThat(found.reading()).isEqualTo("\"world order\"");
        assertThat(ids(found)).containsExactly(1L);
    }

    @Test
    void broken_syntax_is_read_as_well_as_it_can_be_and_never_fails() {
        index.add(item(1, "Order", "The world order after the pandemic.", YEAR_AGO));

        assertThat(index.search("(pandemic").problem()).contains(SyntaxProblem.BRACKET);
        assertThat(ids(index.search("(pandemic"))).containsExactly(1L);
        assertThat(index.search("pandemic AND").reading()).isEqualTo("pandemic");
        assertThat(ids(index.search("pandemic AND"))).containsExactly(1L);
        assertThat(ids(index.search("title: order"))).containsExactly(1L);
        for (String bad : new String[] {"[a TO", "*", "~", "a:b:c", "\\", "{!}", "pandemic^", "OR", "\"", "&&", "!!"}) {
            SearchResults results = index.search(bad);
            assertThat(results.total()).as(bad).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void a_word_followed_by_a_colon_is_a_word_not_a_field() {
        index.add(item(1, "Note", "Note the pandemic measures.", YEAR_AGO));

        SearchResults found = index.search("Note: pandemic");

        assertThat(found.problem()).isEmpty();
        assertThat(ids(found)).containsExactly(1L);
    }

    @Test
    void a_stop_word_alone_finds_nothing_without_failing() {
        index.add(item(1, "The statement", "The pandemic.", YEAR_AGO));

        assertThat(index.search("the").total()).isZero();
    }

    @Test
    void without_a_publication_holding_every_word_those_with_any_are_shown() {
        index.add(item(1, "Pandemic", "On the pandemic.", YEAR_AGO), item(2, "Zebra", "On zebras.", YEAR_AGO));

        SearchResults found = index.search("pandemic giraffe");

        assertThat(found.anyWords()).isTrue();
        assertThat(ids(found)).containsExactly(1L);
        assertThat(index.search("pandemic zebra").anyWords()).isTrue();
        assertThat(index.search("pandemic").anyWords()).isFalse();
    }

    @Test
    void facets_count_types_and_years_and_each_ignores_its_own_choice() {
        index.add(
                item(1, PublicationType.INTERVIEW, "Pandemic interview", "", "Pandemic.", Instant.parse("2020-04-01T10:00:00Z")),
                item(2, PublicationType.INTERVIEW, "Pandemic interview", "", "Pandemic.", Instant.parse("2019-04-01T10:00:00Z")),
                item(3, PublicationType.STATEMENT, "Pandemic statement", "", "Pandemic.", Instant.parse("2020-02-01T10:00:00Z")),
                item(4, PublicationType.SPEECH, "Unrelated", "", "Other words.", Instant.parse("2020-02-01T10:00:00Z")));

        SearchResults all = index.search("pandemic");
        SearchResults interviews = index.search(index.query("pandemic").withType(PublicationType.INTERVIEW));

        assertThat(all.types()).containsExactly(new FacetCount<>(PublicationType.INTERVIEW, 2),
                new FacetCount<>(PublicationType.STATEMENT, 1));
        assertThat(all.years()).containsExactly(new FacetCount<>(2020, 2), new FacetCount<>(2019, 1));
        assertThat(interviews.total()).isEqualTo(2);
        assertThat(interviews.types()).hasSize(2);
        assertThat(interviews.years()).containsExactly(new FacetCount<>(2020, 1), new FacetCount<>(2019, 1));
        assertThat(ids(index.search(index.query("pandemic").withType(PublicationType.INTERVIEW).withYear(2019))))
                .containsExactly(2L);
    }

    @Test
    void the_year_is_counted_in_the_home_zone() {
        // 31 December 2019, 22:30 UTC is already 1 January 2020 in Moscow
        index.add(item(1, "New year", "Greetings.", Instant.parse("2019-12-31T22:30:00Z")));

        assertThat(index.search("greetings").years()).containsExactly(new FacetCount<>(2020, 1));
        assertThat(index.search("greetings").hits().get(0).publishedOn()).hasToString("2020-01-01");
    }

    @Test
    void of_two_equally_relevant_publications_the_newer_comes_first() {
        index.add(item(1, "Statement", "On the pandemic.", LONG_AGO), item(2, "Statement", "On the pandemic.", YEAR_AGO),
                item(3, "Statement", "On the pandemic.", Instant.parse("2010-01-01T00:00:00Z")));

        assertThat(ids(index.search("pandemic"))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void relevance_outweighs_recency() {
        String filler = " The embassy reports on many other matters of the day.".repeat(40);
        index.add(item(1, "Pandemic response", "The pandemic response of 2004.", LONG_AGO),
                item(2, "Weekly report", "A note on the pandemic." + filler, NOW.minus(Duration.ofDays(1))));

        assertThat(ids(index.search("pandemic"))).containsExactly(1L, 2L);
    }

    @Test
    void hits_mark_the_matching_words_in_title_and_text_even_deep_in_a_long_body() {
        String body = "Routine business. ".repeat(2_000) + "At last the pandemic was discussed. " + "More business. ".repeat(50);
        index.add(item(1, "The pandemic year", body, YEAR_AGO));

        SearchHit hit = index.search("pandemic").hits().get(0);

        assertThat(hit.title().segments()).containsExactly(new Snippet.Segment("The ", false),
                new Snippet.Segment("pandemic", true), new Snippet.Segment(" year", false));
        assertThat(hit.snippet().text()).startsWith("… ").contains("At last the pandemic was discussed.").endsWith(" …");
        assertThat(hit.snippet().segments()).filteredOn(Snippet.Segment::match).extracting(Snippet.Segment::text)
                .containsExactly("pandemic");
    }

    @Test
    void a_match_outside_the_body_shows_the_lead() {
        index.add(item(1, PublicationType.STATEMENT, "Pandemic", "The lead paragraph.", "Body text.", YEAR_AGO));

        SearchHit hit = index.search("pandemic").hits().get(0);

        assertThat(hit.snippet().text()).isEqualTo("The lead paragraph.");
        assertThat(hit.path()).isEqualTo("/en/news/1-item-1");
    }

    @Test
    void results_come_ten_a_page() {
        IntStream.rangeClosed(1, 25).forEach(i -> index.add(item(i, "Statement " + i, "On the pandemic.",
                NOW.minus(Duration.ofDays(i)))));

        SearchResults third = index.search(index.query("pandemic").withPage(3));

        assertThat(third.total()).isEqualTo(25);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(ids(third)).containsExactly(21L, 22L, 23L, 24L, 25L);
        assertThat(index.search(index.query("pandemic").withPage(4)).hits()).isEmpty();
    }

    @Test
    void an_empty_query_finds_nothing_and_asks_nothing_of_the_index() {
        index.add(item(1, "Statement", "On the pandemic.", YEAR_AGO));

        SearchResults none = index.search("   ");

        assertThat(none.total()).isZero();
        assertThat(none.hits()).isEmpty();
        assertThat(none.types()).isEmpty();
    }

    @Test
    void results_say_when_the_index_is_being_rebuilt() {
        index.add(item(1, "Statement", "On the pandemic.", YEAR_AGO));

        index.rebuilding(true);
        assertThat(index.search("pandemic").rebuilding()).isTrue();
        assertThat(index.search("").rebuilding()).isTrue();
        index.rebuilding(false);
        assertThat(index.search("pandemic").rebuilding()).isFalse();
    }
}
