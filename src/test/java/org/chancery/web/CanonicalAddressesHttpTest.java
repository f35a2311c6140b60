package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One address per page: every other spelling the router would also take redirects permanently
 * to it, and every page names it, absolute under the configured base URL, with its versions in
 * the other languages and a description.
 */
class CanonicalAddressesHttpTest {
    private static final String BASE = "https://www.embassy.example";
    private static final String TASS = "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency";
    private static final String LETTER = "/en/news/8-president-putins-congratulatory-letter-to-british-prime-minister-boris-johnson";
    private static final String MISSION = "Embassy of the Russian Federation to the United Kingdom";
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE)));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/en | /en/",
        "/ru | /ru/",
        "/en/news/ | /en/news",
        "/en/news/page/1 | /en/news",
        "/en/news/page/1/ | /en/news/page/1",
        "/en/news/page/2/ | /en/news/page/2",
        "/en/news/type/interview/ | /en/news/type/interview",
        "/en/news/type/interview/page/1 | /en/news/type/interview",
        TASS + "/ | " + TASS,
        "/en/consular-services/ | /en/consular-services",
        "/en/search/ | /en/search",
        "/en/feed.xml/ | /en/feed.xml",
        "/sitemap.xml/ | /sitemap.xml",
        "/robots.txt/ | /robots.txt",
        "/metrics/ | /metrics",
        "/healthz/ | /healthz",
        "/api/v1/publications/ | /api/v1/publications",
        "/admin/sign-in/ | /admin/sign-in",
        "/admin/publications/ | /admin/publications"})
    void another_spelling_redirects_permanently_to_the_one_form(String path, String canonical) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(path).hasValue(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/en | /en/", "/en/news/ | /en/news", "/metrics/ | /metrics"})
    void a_head_request_is_redirected_as_a_get_is(String path, String canonical) {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(canonical);
    }

    @Test
    void the_redirect_keeps_the_query_string() {
        HttpResponse<String> response = site.get("/en/search/?q=visa&type=statement");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/en/search?q=visa&type=statement");
        assertThat(site.get("/en/news/page/1?utm_source=x").headers().firstValue("Location"))
                .hasValue("/en/news?utm_source=x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", TASS, "/en/news", "/en/news/page/2", "/en/consular-services", "/metrics",
        "/sitemap.xml", "/api/v1/publications", "/admin/sign-in"})
    void the_one_form_is_served_as_it_is(String path) {
        assertThat(site.get(path).statusCode()).as(path).isIn(200, 404);  // /metrics: 404 only to others
        assertThat(site.get(path).headers().firstValue("Location")).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "//evil.example", "/%2Fevil.example/", "/%5Cevil.example/",
        "//en/", "/en//", "/en//news/", "/Metrics", "//metrics", "/en/News", "/en/news/page/01"})
    void a_spelling_that_is_not_plain_is_not_found_and_never_sent_elsewhere(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
    }

    @Test
    void a_redirect_keeps_a_query_as_long_as_a_request_may_send() {
        String query = "q=" + "%41".repeat(2_600);  // with the request line, near Jetty's 8 kB for request headers

        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/search/?" + query)))
                .timeout(java.time.Duration.ofSeconds(5)).build());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/en/search?" + query);
    }

    @Test
    void a_missing_page_is_missing_in_its_one_form_too() {
        assertThat(site.get("/en/no-such-page/").headers().firstValue("Location")).hasValue("/en/no-such-page");
        assertThat(site.get("/en/no-such-page").statusCode()).isEqualTo(404);
    }

    @Test
    void only_reads_are_redirected() {
        HttpResponse<String> post = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/news/")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(post.statusCode()).isNotEqualTo(301);
    }

    @Test
    void home_names_itself_and_its_versions_absolutely_and_describes_the_mission() {
        Document home = site.page("/en/");

        assertThat(canonical(home)).isEqualTo(BASE + "/en/");
        assertThat(hreflang(home)).isEqualTo(Map.of("en", BASE + "/en/", "ru", BASE + "/ru/"));
        assertThat(description(home)).isEqualTo(MISSION);
    }

    @Test
    void the_archive_names_its_path_shaped_address_as_canonical() {
        assertThat(canonical(site.page("/en/news"))).isEqualTo(BASE + "/en/news");
        assertThat(canonical(site.page("/en/news?page=2"))).isEqualTo(BASE + "/en/news/page/2");
        assertThat(canonical(site.page("/en/news?type=interview"))).isEqualTo(BASE + "/en/news/type/interview");
        assertThat(canonical(site.page("/en/news?page=1"))).isEqualTo(BASE + "/en/news");
        assertThat(canonical(site.page("/en/news?year=2020&page=2"))).isEqualTo(BASE + "/en/news?year=2020&page=2");
        Document archive = site.page("/en/news");
        assertThat(hreflang(archive)).isEqualTo(Map.of("en", BASE + "/en/news", "ru", BASE + "/ru/news"));
        assertThat(description(archive)).isEqualTo(MISSION);
    }

    @Test
    void a_publication_names_itself_and_its_translation_absolutely_and_describes_itself_by_its_lead() {
        Document letter = site.page(LETTER);

        assertThat(canonical(letter)).isEqualTo(BASE + LETTER);
        assertThat(hreflang(letter)).containsEntry("en", BASE + LETTER).containsKey("ru").hasSize(2);
        assertThat(hreflang(letter).values()).allMatch(url -> url.startsWith(BASE + "/ru/news/") || url.equals(BASE + LETTER));
        assertThat(description(letter)).isNotBlank().isNotEqualTo(MISSION)
                .isEqualTo(letter.select("head meta[property=og:description]").attr("content"));
    }

    @Test
    void a_static_page_names_itself_and_its_translation_absolutely_and_describes_itself_by_its_text() {
        Document page = site.page("/en/consular-services");

        assertThat(canonical(page)).isEqualTo(BASE + "/en/consular-services");
        assertThat(hreflang(page)).isEqualTo(Map.of("en", BASE + "/en/consular-services",
                "ru", BASE + "/ru/consular-services"));
        assertThat(description(page)).startsWith("The Consular Section of the Embassy serves citizens");
    }

    @Test
    void an_error_page_names_no_canonical_address() {
        Document missing = site.page("/en/no-such-page", 404);

        assertThat(missing.select("link[rel=canonical]")).isEmpty();
        assertThat(description(missing)).isEqualTo(MISSION);
    }

    private static String canonical(Document page) {
        return page.select("head link[rel=canonical]").stream().map(e -> e.attr("href")).reduce((a, b) -> {
            throw new AssertionError("two canonical links: " + a + ", " + b);
        }).orElse(null);
    }

    private static Map<String, String> hreflang(Document page) {
        return page.select("head link[rel=alternate][hreflang]").stream()
                .collect(Collectors.toMap(e -> e.attr("hreflang"), e -> e.attr("href")));
    }

    private static String description(Document page) {
        Element meta = page.selectFirst("head meta[name=description]");
        return meta == null ? null : meta.attr("content");
    }
}
