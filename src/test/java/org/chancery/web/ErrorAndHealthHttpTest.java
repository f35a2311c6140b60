package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every page shares: the layout, error pages, health, the root redirect and static assets. */
class ErrorAndHealthHttpTest {
    private static final String TASS = "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency";
    /** Words that only a stack trace or an exception message would put on a page. */
    private static final String[] LEAKS = {"Exception", "org.chancery", "java.", "jdbi", "SQL", "\tat "};

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    @Test
    void healthz_answers_200_ok_as_plain_text() {
        HttpResponse<String> response = site.get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void root_redirects_to_the_english_home_page() {
        HttpResponse<String> response = site.get("/");

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValue("/en/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope/deeper/path", "/en/news/1/comments/2", "/xx", "/assets/missing.css", "/en/nope/x"})
    void unknown_paths_answer_404_in_the_site_layout(String path) {
        Document page = site.page(path, 404);

        assertThat(page.select("header.site-header .masthead .clock").eachText())
                .containsExactly("Moscow: 12:57", "London: 10:57");
        assertThat(page.select("header.site-header nav.site-nav a").eachAttr("href"))
                .startsWith("/en/", "/en/news");
        assertThat(page.title()).isEqualTo("Page not found | Embassy of the Russian Federation to the United Kingdom");
        assertThat(page.select("main section.error.status-404 h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main section.error a").attr("href")).isEqualTo("/en/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope/deeper/path", "/en/news/abc", "/en/news?page=abc", "/en/news?type=%00",
        "/en/news?year=2020&month=%E2%80%AE"})
    void error_pages_never_show_a_stack_trace(String path) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(parse(response).text()).doesNotContain(LEAKS);
    }

    @Test
    void failure_inside_the_application_is_a_500_page_in_the_layout_without_details() {
        try (TestSite broken = TestSite.sample()) {
            broken.app().database().jdbi().useHandle(h -> h.execute("ALTER TABLE publications RENAME TO publications_moved"));

            Document page = broken.page("/en/", 500);

            assertThat(page.select("header.site-header .masthead")).hasSize(1);
            assertThat(page.select("main section.error.status-500 h1").text()).isEqualTo("Something went wrong");
            assertThat(page.select("main section.error p").first().text()).isEqualTo(
                    "The page could not be shown because of an error on our side. Please try again later.");
            assertThat(page.text()).doesNotContain(LEAKS).doesNotContain("publications");
        }
    }

    @Test
    void request_that_the_server_cannot_parse_gets_a_400_without_a_stack_trace() {
        String response = raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(Jsoup.parse(response.substring(response.indexOf("\r\n\r\n") + 4)).text()).doesNotContain(LEAKS);
    }

    @Test
    void error_message_shows_user_input_as_text_never_as_markup() {
        Document page = site.page("/en/news?type=%3Cscript%3Ealert(1)%3C/script%3E", 400);

        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("main section.error p").first().text())
                .isEqualTo("There is no publication type called “<script>alert(1)</script>”.");
    }

    @Test
    void stylesheet_is_served_as_css() {
        HttpResponse<String> response = site.get("/assets/site.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void clock_script_is_served_as_javascript() {
        HttpResponse<String> response = site.get("/assets/clock.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).matches("(text|application)/javascript.*"));
        assertThat(response.body()).contains("clock-time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", TASS, "/en/news", "/en/news?page=2", "/en/news?type=interview",
        "/en/news?year=2019", "/en/news/14", "/xx/news/1", "/en/news?page=abc", "/nope"})
    void every_page_is_english_html_with_exactly_one_h1_in_the_layout(String path) {
        HttpResponse<String> response = site.get(path);
        Document page = parse(response);

        assertThat(response.statusCode()).isIn(200, 400, 404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("header.site-header .masthead")).hasSize(1);
        assertThat(page.select("main#content")).hasSize(1);
        assertThat(page.select("head link[rel=stylesheet]").attr("href")).isEqualTo(Assets.path("site.css"))
                .matches("/assets/site\\.[0-9a-f]{10}\\.css");
        assertThat(page.select("head script[src]").attr("src")).isEqualTo(Assets.path("clock.js"));
    }

    /** Sends bytes a well-behaved client would refuse to send, and reads the whole answer. */
    private static String raw(String request) {
        try (Socket socket = new Socket("localhost", site.app().port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
