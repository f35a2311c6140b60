package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "All messages": pages of ten, newest first, filtered by type and period, with precise errors. */
class ArchivePageHttpTest {
    private static final String TASS = "29.04.2020 - Foreign Minister Sergey Lavrov’s interview with TASS news agency,"
            + " Moscow, April 29, 2020";
    private static final String RBC = "16.05.2020 - Foreign Minister Sergey Lavrov’s interview with the RBC media"
            + " holding on current international issues, Moscow, May 15, 2020";
    private static final String MGIMO = "28.04.2020 - Foreign Minister Sergey Lavrov’s remarks and answers during a"
            + " video lecture at the Moscow State Institute of International Relations (MGIMO University), Moscow,"
            + " April 27, 2020";
    private static final String RYABKOV = "22.04.2020 - Deputy Foreign Minister Sergey Ryabkov’s interview with the"
            + " International Life magazine, April 17, 2020";

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<String> headlines(Document page) {
        return page.select("ul.publication-list li.listed .listed-headline").eachText();
    }

    private static List<String> selected(Document page, String select) {
        return page.select("form.archive-filter select[name=" + select + "] option[selected]").eachAttr("value");
    }

    @Test
    void first_page_lists_ten_newest_first_and_the_second_page_the_eleventh() {
        Document first = site.page("/en/news");
        Document second = site.page("/en/news?page=2");
        List<String> dates = new ArrayList<>(first.select("li.listed time").eachAttr("datetime"));
        dates.addAll(second.select("li.listed time").eachAttr("datetime"));

        assertThat(headlines(first)).hasSize(10).startsWith(RBC).contains(TASS, MGIMO).doesNotContain(RYABKOV);
        assertThat(headlines(second)).containsExactly(RYABKOV);
        assertThat(dates).hasSize(11).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(first.select("li.listed .lead").first().text())
                .isEqualTo("Foreign Minister Sergey Lavrov’s interview on current international issues");
        assertThat(first.select("h1").text()).isEqualTo("All messages");
        assertThat(first.select("p.archive-count").text()).isEqualTo("11 publications");
        assertThat(second.title()).startsWith("All messages, page 2 | ");
    }

    @Test
    void pager_marks_the_current_page_and_links_the_others() {
        Document first = site.page("/en/news");
        Document second = site.page("/en/news?page=2");

        assertThat(first.select("nav.pager [aria-current=page]").text()).isEqualTo("1");
        assertThat(first.select("nav.pager ol a").eachAttr("href")).containsExactly("/en/news/page/2");
        assertThat(first.select("nav.pager a.pager-next").attr("href")).isEqualTo("/en/news/page/2");
        assertThat(first.select("nav.pager a.pager-previous")).isEmpty();

        assertThat(second.select("nav.pager [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.select("nav.pager ol a").eachAttr("href")).containsExactly("/en/news");
        assertThat(second.select("nav.pager a.pager-previous").attr("href")).isEqualTo("/en/news");
        assertThat(second.select("nav.pager a.pager-next")).isEmpty();
    }

    @Test
    void type_filter_shows_only_interviews_and_keeps_the_type_selected() {
        Document page = site.page("/en/news?type=interview");

        assertThat(headlines(page)).containsExactly(RBC, TASS, RYABKOV);
        assertThat(page.select("p.archive-count").text()).isEqualTo("3 publications");
        assertThat(selected(page, "type")).containsExactly("interview");
        assertThat(selected(page, "year")).isEmpty();
        assertThat(page.select("nav.pager")).isEmpty();
        assertThat(page.select("a.archive-reset").attr("href")).isEqualTo("/en/news");
    }

    @Test
    void count_uses_the_singular_for_one_publication() {
        Document page = site.page("/en/news?type=event");

        assertThat(page.select("p.archive-count").text()).isEqualTo("1 publication");
        assertThat(page.select("li.listed")).hasSize(1);
    }

    @Test
    void year_and_month_filter_shows_that_month_and_keeps_both_selected() {
        Document page = site.page("/en/news?year=2020&month=4");

        assertThat(headlines(page)).containsExactly(TASS, MGIMO, RYABKOV);
        assertThat(page.select("p.archive-count").text()).isEqualTo("3 publications");
        assertThat(selected(page, "year")).containsExactly("2020");
        assertThat(selected(page, "month")).containsExactly("4");
        assertThat(selected(page, "type")).isEmpty();
        assertThat(page.select("select[name=month] option[value=4]").text()).isEqualTo("April");
    }

    @Test
    void filter_with_no_match_answers_200_with_the_empty_message() {
        Document page = site.page("/en/news?year=2019");

        assertThat(page.select("li.listed")).isEmpty();
        assertThat(page.select("p.empty").text()).isEqualTo("No publications match these filters.");
        assertThat(page.select("p.archive-count").text()).isEqualTo("No publications");
        assertThat(page.select("nav.pager")).isEmpty();
        assertThat(selected(page, "year")).containsExactly("2019");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "page=abc              | The value “abc” is not valid for “page”.",
        "page=0                | The value “0” is not valid for “page”.",
        "page=-1               | The value “-1” is not valid for “page”.",
        "page=1.5              | The value “1.5” is not valid for “page”.",
        "page=99999999999      | The value “99999999999” is not valid for “page”.",
        "year=abc              | The value “abc” is not valid for “year”.",
        "year=2020&month=13    | The value “13” is not valid for “month”.",
        "year=2020&month=0     | The value “0” is not valid for “month”.",
        "month=5               | Choose a year to filter by month.",
        "type=bogus            | There is no publication type called “bogus”.",
        "type=INTERVIEW        | There is no publication type called “INTERVIEW”."})
    void malformed_query_answers_400_in_the_layout_with_a_precise_message(String query, String message) {
        Document page = site.page("/en/news?" + query, 400);

        assertThat(page.select("header.site-header .masthead")).hasSize(1);
        assertThat(page.select("section.error.status-400 h1").text()).isEqualTo("Bad request");
        assertThat(page.select("section.error p").first().text()).isEqualTo(message);
        assertThat(page.title()).startsWith("Bad request | ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=3", "page=2&type=interview", "page=2&year=2019", "page=2147483647"})
    void page_past_the_end_answers_404(String query) {
        Document page = site.page("/en/news?" + query, 404);

        assertThat(page.select("section.error.status-404 h1").text()).isEqualTo("Page not found");
    }

    @Test
    void path_shaped_addresses_show_the_same_pages_as_the_query_ones() {
        assertThat(headlines(site.page("/en/news/page/2"))).isEqualTo(headlines(site.page("/en/news?page=2")));
        assertThat(headlines(site.page("/en/news/type/interview")))
                .isEqualTo(headlines(site.page("/en/news?type=interview")));
        assertThat(site.page("/en/news/type/interview").select("form.archive-filter select[name=type] option[selected]")
                .eachAttr("value")).containsExactly("interview");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/news/page/3", "/en/news/page/0", "/en/news/page/two", "/en/news/type/bogus",
        "/en/news/type/interview/page/2", "/en/news/page/99999999999"})
    void path_shaped_address_that_names_no_page_answers_404(String path) {
        site.page(path, 404);
    }

    @Test
    void unknown_language_answers_404() {
        site.page("/xx/news", 404);
    }

    @Test
    void month_is_the_month_of_the_publication_date_in_the_home_zone() {
        try (TestSite fresh = TestSite.sample()) {
            // 22:30 in London on 30 April is already 1 May in Moscow.
            Instant published = Instant.parse("2020-04-30T21:30:00Z");
            new StoredPublications(fresh.app().database()).insert(new Publication(null, "may-day",
                    PublicationType.NEWS, "en", Status.PUBLISHED, "May Day", "", "", null, null, published,
                    false, null, List.of(), published, published));

            assertThat(headlines(fresh.page("/en/news?year=2020&month=5")))
                    .startsWith(RBC).endsWith("01.05.2020 - May Day");
            assertThat(headlines(fresh.page("/en/news?year=2020&month=4"))).containsExactly(TASS, MGIMO, RYABKOV);
        }
    }
}
