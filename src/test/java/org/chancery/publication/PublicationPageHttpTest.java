package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Paths;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A publication's own page at its stable address, the redirects to it and the 404s around it. */
class PublicationPageHttpTest {
    private static final String TASS = "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency";
    private static final String SERIES = "lavrov-tass-2020";

    private static TestSite site;
    private static Document tass;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        tass = site.page(TASS);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void canonical_page_shows_headline_with_place_and_date_type_and_publication_date() {
        assertThat(tass.select("h1")).hasSize(1);
        assertThat(tass.select("article h1.headline").text())
                .isEqualTo("Foreign Minister Sergey Lavrov’s interview with TASS news agency, Moscow, April 29, 2020");
        assertThat(tass.select(".publication-meta .publication-type").text()).isEqualTo("Interview");
        assertThat(tass.select(".publication-meta time").text()).isEqualTo("29.04.2020");
        assertThat(tass.select(".publication-meta time").attr("datetime")).isEqualTo("2020-04-29");
        assertThat(tass.title()).isEqualTo("Foreign Minister Sergey Lavrov’s interview with TASS news agency"
                + " | Embassy of the Russian Federation to the United Kingdom");
        assertThat(tass.select("article p.lead").text()).startsWith("Sergey Lavrov on diplomacy by video conference");
    }

    @Test
    void transcript_is_a_sequence_of_turns_with_speaker_labels_and_numbered_questions() {
        Elements turns = tass.select(".publication-body .transcript > .turn");

        assertThat(turns).hasSize(10);
        assertThat(turns.eachAttr("data-speaker")).containsExactly(
                "Question", "Sergey Lavrov", "Question", "Sergey Lavrov", "Question",
                "Sergey Lavrov", "Question", "Sergey Lavrov", "Question", "Sergey Lavrov");
        assertThat(turns.stream().map(turn -> turn.select(".speaker").text()))
                .containsExactly("Question:", "Sergey Lavrov:", "Question:", "Sergey Lavrov:", "Question:",
                        "Sergey Lavrov:", "Question:", "Sergey Lavrov:", "Question:", "Sergey Lavrov:");
        assertThat(turns.select(".turn-question").eachAttr("id")).containsExactly("q1", "q2", "q3", "q4", "q5");
        assertThat(turns.first().select("p").first().text()).isEqualTo("Question: This is our first online interview."
                + " How familiar are you with this format by now? I know you are holding online meetings, and even"
                + " met with your BRICS colleagues via this format. How much more time, do you think, will we have"
                + " to work online?");
        assertThat(turns.get(1).select("p").first().text()).startsWith("Sergey Lavrov: It’s anyone’s guess.");
    }

    @Test
    void long_transcript_has_a_table_of_contents_linking_to_each_question() {
        Elements links = tass.select("nav.toc ol li a");

        assertThat(links.eachAttr("href")).containsExactly("#q1", "#q2", "#q3", "#q4", "#q5");
        for (Element link : links) {
            Element target = tass.getElementById(link.attr("href").substring(1));
            assertThat(target).as(link.attr("href")).isNotNull();
            assertThat(target.hasClass("turn-question")).isTrue();
        }
        assertThat(links.first().text()).isEqualTo("This is our first online interview. How familiar are you"
                + " with this format by now? I know you are holding online…");
    }

    @Test
    void transcript_with_fewer_than_three_questions_has_no_table_of_contents() {
        String ryabkov = site.get("/en/news/11").headers().firstValue("Location").orElseThrow();
        Document page = site.page(ryabkov);

        assertThat(page.select(".transcript .turn-question").eachAttr("id")).containsExactly("q1");
        assertThat(page.select("nav.toc")).isEmpty();
    }

    @Test
    void first_part_of_a_series_without_a_published_second_part_is_to_be_continued() {
        assertThat(tass.select("article .series-part").text()).isEqualTo("Part 1");
        assertThat(tass.select("nav.series-nav .to-be-continued").text()).isEqualTo("To be continued...");
        assertThat(tass.select("a.series-next, a.series-previous")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/news/1", "/en/news/1-an-old-title", "/en/news/1-", TASS + "/"})
    void other_forms_of_the_address_redirect_permanently_to_the_canonical_one(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(TASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/news/14", "/en/news/abc", "/en/news/0", "/en/news/-1", "/en/news/007",
        "/en/news/99999999999999999999", "/en/news/999999999999999999", "/xx/news/1", "/xx/news/abc"})
    void unknown_or_malformed_addresses_answer_404_in_the_site_layout(String path) {
        Document page = site.page(path, 404);

        assertThat(page.select("header.site-header .masthead")).hasSize(1);
        assertThat(page.select(".masthead time.today").text()).isEqualTo("26 May 2020");
        assertThat(page.title()).isEqualTo("Page not found | Embassy of the Russian Federation to the United Kingdom");
        assertThat(page.select("section.error.status-404 h1").text()).isEqualTo("Page not found");
        assertThat(page.select("section.error p").first().text())
                .isEqualTo("There is no page at this address. It may have been moved or never existed.");
    }

    @Test
    void published_second_part_is_linked_from_the_first_and_links_back() {
        try (TestSite fresh = TestSite.sample()) {
            String part2 = insertPart2(fresh, Status.PUBLISHED);

            Document first = fresh.page(TASS);
            assertThat(first.select("a.series-next").attr("href")).isEqualTo(part2);
            assertThat(first.select("a.series-next").text()).isEqualTo("Continued in part 2");
            assertThat(first.select(".to-be-continued")).isEmpty();

            Document second = fresh.page(part2);
            assertThat(second.select("article .series-part").text()).isEqualTo("Part 2");
            assertThat(second.select("a.series-previous").attr("href")).isEqualTo(TASS);
            assertThat(second.select("a.series-previous").text()).isEqualTo("Part 1");
            assertThat(second.select(".to-be-continued").text()).isEqualTo("To be continued...");

            Element featured = fresh.page("/en/").selectFirst("section.featured");
            assertThat(featured.select(".headline a").attr("href")).isEqualTo(TASS);
            assertThat(featured.select("a.series-next").attr("href")).isEqualTo(part2);
            assertThat(featured.select(".to-be-continued")).isEmpty();
        }
    }

    @Test
    void draft_second_part_is_neither_linked_nor_shown() {
        try (TestSite fresh = TestSite.sample()) {
            String draft = insertPart2(fresh, Status.DRAFT);

            assertThat(fresh.page(TASS).select(".to-be-continued").text()).isEqualTo("To be continued...");
            assertThat(fresh.page(TASS).select("a.series-next")).isEmpty();
            fresh.page(draft, 404);
        }
    }

    /** Stores part 2 of the TASS interview, published a day after part 1; returns its canonical path. */
    private static String insertPart2(TestSite site, Status status) {
        Instant published = Instant.parse("2020-04-30T15:00:00Z");
        String slug = "foreign-minister-sergey-lavrovs-interview-with-tass-news-agency-part-2";
        var part2 = new Publication(null, slug, PublicationType.INTERVIEW, "en", status,
                "Foreign Minister Sergey Lavrov’s interview with TASS news agency, part 2",
                "Sergey Lavrov on arms control.", "Question: What next?\n\nSergey Lavrov: We shall see.",
                "Moscow", LocalDate.of(2020, 4, 29), status == Status.PUBLISHED ? published : null, false,
                new SeriesPart(SERIES, 2), List.of("Question", "Sergey Lavrov"), published, published);
        long id = new StoredPublications(site.app().database()).insert(part2);
        return Paths.publication("en", id, slug);
    }
}
