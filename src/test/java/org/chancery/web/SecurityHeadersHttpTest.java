package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every answer carries the browser's security headers: pages, assets, feeds, the API, redirects,
 * errors and the press office's pages; HSTS only when the browser talks HTTPS.
 */
class SecurityHeadersHttpTest {
    private static final String TASS = "/en/news/1-foreign-minister-sergey-lavrovs-interview-with-tass-news-agency";
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "/en/, 200", TASS + ", 200", "/en/news/page/2, 200", "/en/consular-services, 200", "/en/search?q=visa, 200",
        "/assets/site.css, 200", "/assets/clock.js, 200", "/en/feed.xml, 200", "/sitemap.xml, 200",
        "/robots.txt, 200", "/api/v1/publications, 200", "/api/v1/openapi.json, 200", "/healthz, 200",
        "/, 302", "/en, 301", "/en/news/1, 301", "/admin, 303", "/admin/sign-in, 200",
        "/en/no-such-page, 404", "/nope/deeper, 404", "/api/v1/publications/999999, 404", "/en/news?page=abc, 400"})
    void every_kind_of_answer_carries_the_headers(String path, int status) {
        HttpResponse<String> response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertSecure(response.headers(), path);
    }

    @Test
    void the_press_offices_pages_carry_them_too() {
        Browser editor = site.signedIn("ed@embassy.test", Role.EDITOR);

        for (String path : List.of("/admin", "/admin/publications", "/admin/publications/new", "/admin/media",
                "/admin/pages", "/admin/masthead")) {
            HttpResponse<String> response = editor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertSecure(response.headers(), path);
        }
    }

    @Test
    void scripts_and_styles_run_only_from_the_sites_own_files() {
        Map<String, String> policy = directives(site.get("/en/").headers());

        assertThat(policy.get("script-src")).isEqualTo("'self'");
        assertThat(policy.get("style-src")).isEqualTo("'self'");
        assertThat(policy.get("default-src")).isEqualTo("'self'");
        assertThat(policy.get("object-src")).isEqualTo("'none'");
        assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(policy.values()).noneMatch(v -> v.contains("'unsafe-inline'") || v.contains("'unsafe-eval'"));
    }

    @Test
    void hsts_only_over_https_through_a_trusted_proxy() {
        assertThat(site.get("/en/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> proxied = site.browser().get("/en/", "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(site.browser().get("/nope", "X-Forwarded-Proto", "https").headers()
                .firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

        try (TestSite untrusted = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withTrustedProxies(List.of("192.0.2.10")))) {
            HttpResponse<String> spoofed = untrusted.browser().get("/en/", "X-Forwarded-Proto", "https");
            assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    private static void assertSecure(HttpHeaders headers, String path) {
        assertThat(headers.allValues("Content-Security-Policy")).as(path).singleElement()
                .isEqualTo(SecurityHeaders.POLICY);
        assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        // the press office's pages name no referrer at all: a setup link's token is in its path
        assertThat(headers.firstValue("Referrer-Policy")).as(path)
                .hasValue(path.startsWith("/admin") ? "no-referrer" : "strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
    }

    private static Map<String, String> directives(HttpHeaders headers) {
        return Arrays.stream(headers.firstValue("Content-Security-Policy").orElseThrow().split(";"))
                .map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
    }
}
