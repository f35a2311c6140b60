package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page of the sample site, plus a few publications made for these tests. */
class SearchPageHttpTest {
    private static TestSite site;
    private static ApiClient editor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        editor = ApiClient.as(site, Staff.of(site).add("ed@embassy.test", Role.EDITOR));
        for (int i = 1; i <= 12; i++) {
            publish("Zanzibar notice " + i, "The consulate in Zanzibar is open on day " + i + ".");
        }
        publish("Pandemic <img src=x onerror=alert(1)> advice",
                "Travel advice: \\<script>alert('pandemic')\\</script> remains in force during the pandemic.");
        site.indexed();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void publish(String title, String body) {
        Map<String, Object> fields = new HashMap<>(ApiClient.draft(title));
        fields.put("body", body);
        long id = editor.post("/api/v1/publications", fields).id();
        editor.post("/api/v1/publications/" + id + "/publish", Map.of("force", true, "reason", "tests"));
    }

    private static Document search(String query) {
        return site.page("/en/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @Test
    void hits_show_type_date_and_the_matching_words_marked() {
        Document page = search("pandemics");

        Element first = page.selectFirst("ol.hits > li.hit");
        assertThat(first).isNotNull();
        assertThat(first.select(".publication-type").text()).isNotBlank();
        assertThat(first.select("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(first.select(".hit-title a").attr("href")).startsWith("/en/news/");
        assertThat(page.select(".hit .snippet mark").eachText()).isNotEmpty()
                .allSatisfy(word -> assertThat(word.toLowerCase()).startsWith("pandemic"));
        assertThat(page.select(".search-count").text()).matches("\\d+ publications? found");
    }

    @Test
    void a_hit_from_a_transcript_names_its_interview() {
        Document page = search("speaker:\"Sergey Lavrov\" multilateralism");

        assertThat(page.select(".hit-title").eachText()).anySatisfy(t -> assertThat(t).contains("TASS"));
        assertThat(page.select(".hit .snippet mark").eachText()).allSatisfy(w -> assertThat(w.toLowerCase())
                .startsWith("multilateral"));
    }

    @Test
    void markup_in_titles_and_text_is_shown_as_text_never_run() {
        Document page = search("pandemic advice");

        Element hit = page.select(".hit").stream().filter(h -> h.text().contains("advice")).findFirst().orElseThrow();
        assertThat(hit.select("img, script")).isEmpty();
        assertThat(hit.select(".hit-title").text()).contains("<img src=x onerror=alert(1)>");
        assertThat(hit.select(".snippet").text()).contains("<script>");
        assertThat(page.select("main script")).isEmpty();
    }

    @Test
    void facets_count_types_and_years_and_narrow_the_results() {
        Document page = search("zanzibar OR pandemic");

        Element statements = page.selectFirst(".facet-type a[data-type=statement]");
        assertThat(statements).isNotNull();
        assertThat(statements.parent().select(".facet-count").text()).isEqualTo("13");
        assertThat(page.select(".facet-year a[data-year=2020]")).hasSize(1);

        Document narrowed = site.page(statements.attr("href"));
        assertThat(narrowed.select(".hit .publication-type").eachText()).containsOnly("Statement");
        assertThat(narrowed.select(".facet-type strong[aria-current]").text()).isEqualTo("Statement");
        assertThat(narrowed.select(".facet-type a.facet-clear")).hasSize(1);
    }

    @Test
    void results_come_in_pages_of_ten() {
        Document first = search("zanzibar");

        assertThat(first.select(".hit")).hasSize(10);
        Element next = first.selectFirst(".pager a[rel=next]");
        assertThat(next).isNotNull();
        Document second = site.page(next.attr("href"));
        assertThat(second.select(".hit")).hasSize(2);
        assertThat(second.selectFirst("ol.hits").attr("start")).isEqualTo("11");
        site.page("/en/search?q=zanzibar&page=3", 404);
    }

    @Test
    void an_empty_search_shows_the_form_and_how_to_search() {
        Document page = site.page("/en/search");

        assertThat(page.select("form.search-form input[name=q]").val()).isEmpty();
        assertThat(page.select(".search-help").text()).isNotBlank();
        assertThat(page.select(".hits, .search-count")).isEmpty();
    }

    @Test
    void a_query_with_broken_syntax_is_answered_with_its_best_reading() {
        Document page = search("\"world order");

        assertThat(page.select(".search-problem").text()).contains("\"world order\"");
        assertThat(page.select(".hit")).isNotEmpty();
        assertThat(page.select("form.search-form input[name=q]").val()).isEqualTo("\"world order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=nonsense", "year=12", "page=0", "page=abc", "page=101"})
    void a_parameter_that_makes_no_sense_is_a_400(String parameter) {
        site.page("/en/search?q=pandemic&" + parameter, 400);
    }

    @Test
    void a_very_long_query_is_a_400() {
        site.page("/en/search?q=" + "a".repeat(501), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", "/en/news", "/en/search?q=x"})
    void every_page_has_a_search_box(String path) {
        Document page = site.page(path);

        Element form = page.selectFirst("header form.site-search[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/en/search");
        assertThat(form.select("input[type=search][name=q]")).hasSize(1);
    }
}
