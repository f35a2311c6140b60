package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Methods: one the server does not know is 501 before any route or metric sees it; one it knows
 * that the path does not answer is 405 with {@code Allow} naming what the path does answer;
 * OPTIONS is 204 with the same {@code Allow}; a path nothing answers is 404 whatever the method.
 */
class MethodsHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) {
        return HttpRequests.send(site, method, path, headers);
    }

    @Test
    void a_method_the_server_does_not_know_is_501_anywhere() {
        for (String method : List.of("FOOBAR", "get", "Post", "PROPFIND", "QUERY", "BREW")) {
            for (String path : List.of("/en/", "/admin", "/api/v1/publications", "/nothing")) {
                HttpResponse<byte[]> response = send(method, path);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(501);
                assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            }
        }
    }

    @Test
    void random_method_names_are_refused_before_they_reach_routing_or_metrics() {
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder("X");
            for (int j = 0; j < 10; j++) {
                name.append((char) ('A' + random.nextInt(26)));
            }
            names.add(name.toString());
        }
        for (String name : names) {
            assertThat(send(name, "/en/news").statusCode()).as(name).isEqualTo(501);
        }
        assertThat(send("GET", "/en/news").statusCode()).isEqualTo(200);
        String metrics = new String(send("GET", "/metrics").body(), StandardCharsets.UTF_8);
        assertThat(metrics).contains("chancery_http_requests");
        assertThat(names).noneMatch(metrics::contains);
    }

    @Test
    void a_known_method_the_path_does_not_answer_is_405_with_allow() {
        assertNotAllowed("DELETE", "/en/", "GET, HEAD, OPTIONS");
        assertNotAllowed("POST", "/en/news/2", "GET, HEAD, OPTIONS");
        assertNotAllowed("PUT", "/en/feed.xml", "GET, HEAD, OPTIONS");
        assertNotAllowed("TRACE", "/en/", "GET, HEAD, OPTIONS");
        assertNotAllowed("DELETE", "/admin/sign-in", "GET, HEAD, POST, OPTIONS");
        assertNotAllowed("PUT", "/admin/publications", "GET, HEAD, POST, OPTIONS");
        assertNotAllowed("DELETE", "/api/v1/publications/2", "GET, HEAD, PATCH, OPTIONS");
        assertNotAllowed("GET", "/api/v1/publications/2/publish", "POST, OPTIONS");
        assertNotAllowed("PATCH", "/api/v1/publications", "GET, HEAD, POST, OPTIONS");
    }

    @Test
    void a_405_is_shown_as_the_site_shows_errors() {
        HttpResponse<byte[]> page = send("DELETE", "/en/");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("status-405");

        HttpResponse<byte[]> problem = send("DELETE", "/api/v1/publications/2");
        assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void options_answers_204_with_allow_where_some_route_answers() {
        for (String[] pathAndAllow : new String[][] {
            {"/en/", "GET, HEAD, OPTIONS"}, {"/admin/sign-in", "GET, HEAD, POST, OPTIONS"},
            {"/api/v1/publications/2/submit", "POST, OPTIONS"}}) {
            HttpResponse<byte[]> response = send("OPTIONS", pathAndAllow[0]);
            assertThat(response.statusCode()).as(pathAndAllow[0]).isEqualTo(204);
            assertThat(response.headers().firstValue("Allow")).as(pathAndAllow[0]).hasValue(pathAndAllow[1]);
            assertThat(response.headers().firstValue("Content-Type")).as(pathAndAllow[0]).isEmpty();
            assertThat(response.body()).isEmpty();
        }
        // the read API's CORS preflight is its own
        HttpResponse<byte[]> preflight = send("OPTIONS", "/api/v1/publications", "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
    }

    @Test
    void a_path_nothing_answers_is_404_for_every_known_method() {
        for (String method : List.of("GET", "HEAD", "POST", "DELETE", "OPTIONS")) {
            assertThat(send(method, "/no/such/address").statusCode()).as(method).isEqualTo(404);
        }
    }

    private static void assertNotAllowed(String method, String path, String allow) {
        HttpResponse<byte[]> response = send(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue(allow);
    }
}
