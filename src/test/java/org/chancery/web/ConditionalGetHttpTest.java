package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What browsers and proxies are told they may keep, and conditional and compressed GETs: public
 * pages until the masthead's next minute, hashed assets for a year, nothing personal or failed.
 */
class ConditionalGetHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpRequest ifNoneMatch(TestSite site, String path, String etag) {
        return HttpRequest.newBuilder(URI.create(site.url(path))).header("If-None-Match", etag).GET().build();
    }

    private static HttpResponse<byte[]> getBytes(String path, String acceptEncoding) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("Accept-Encoding", acceptEncoding).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void a_public_page_may_be_kept_until_the_next_minute_and_carries_its_validators() {
        HttpResponse<String> home = site.get("/en/");

        // the seed instant is 09:57:00 UTC, so the masthead's minute has all its 60 seconds to run
        assertThat(header(home, "Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");
        assertThat(header(home, "ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(header(home, "Last-Modified")).isEqualTo("Tue, 26 May 2020 09:57:00 GMT");
    }

    @Test
    void a_matching_etag_or_a_date_no_earlier_than_last_modified_gets_304_without_a_body() {
        HttpResponse<String> page = site.get("/en/news");

        HttpResponse<String> byTag = site.send(ifNoneMatch(site, "/en/news", header(page, "ETag")));
        HttpResponse<String> byDate = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/news")))
                .header("If-Modified-Since", header(page, "Last-Modified")).GET().build());
        HttpResponse<String> byOlderDate = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/news")))
                .header("If-Modified-Since", "Mon, 25 May 2020 09:57:00 GMT").GET().build());
        HttpResponse<String> byOtherTag = site.send(ifNoneMatch(site, "/en/news", "\"other\""));

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "ETag")).isEqualTo(header(page, "ETag"));
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byOlderDate.statusCode()).isEqualTo(200);
        assertThat(byOtherTag.statusCode()).isEqualTo(200);
    }

    @Test
    void pages_come_gzipped_to_who_accepts_it_with_a_tag_of_their_own() throws IOException {
        HttpResponse<byte[]> plain = getBytes("/en/", "identity");
        HttpResponse<byte[]> gzipped = getBytes("/en/", "gzip");

        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzipped, "Vary")).containsIgnoringCase("Accept-Encoding");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
        assertThat(header(gzipped, "ETag")).isEqualTo(header(plain, "ETag").replace("\"", "") .transform(
                tag -> "\"" + tag + ".gzip\""));
        HttpRequest.Builder revalidation = HttpRequest.newBuilder(URI.create(site.url("/en/")))
                .header("If-None-Match", header(gzipped, "ETag"));
        assertThat(site.send(revalidation.copy().header("Accept-Encoding", "gzip").build()).statusCode())
                .isEqualTo(304);
        // the gzipped bytes' tag does not stand for the plain bytes, which a client without gzip is sent
        assertThat(site.send(revalidation.build()).statusCode()).isEqualTo(200);
    }

    @Test
    void brotli_is_offered_where_its_native_library_loads() {
        HttpResponse<byte[]> response = getBytes("/en/", "br, gzip");

        assertThat(header(response, "Content-Encoding")).isIn("br", "gzip");
        assertThat(Encodings.available().names()).contains("gzip");
    }

    @Test
    void feeds_and_json_are_compressed_by_the_server_too() {
        assertThat(header(getBytes("/en/feed.xml", "gzip"), "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(getBytes("/en/feed.xml", "gzip"), "Vary")).containsIgnoringCase("Accept-Encoding");
        assertThat(header(getBytes("/api/v1/publications", "gzip"), "Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void hashed_assets_are_kept_a_year_and_plain_names_briefly() {
        HttpResponse<String> hashed = site.get(Assets.path("site.css"));
        HttpResponse<String> plain = site.get("/assets/site.css");

        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(header(hashed, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(hashed, "Content-Type")).startsWith("text/css");
        assertThat(hashed.body()).isEqualTo(plain.body());
        assertThat(header(plain, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(site.get("/assets/site.0123456789.css").statusCode()).isEqualTo(404);
    }

    @Test
    void every_asset_file_has_a_hashed_name_that_changes_with_its_bytes() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/public/assets"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(Assets.NAMES);
        }
        for (String name : Assets.NAMES) {
            assertThat(site.get(Assets.path(name)).statusCode()).as(name).isEqualTo(200);
        }
    }

    @Test
    void the_press_office_pages_and_errors_are_never_kept() {
        HttpResponse<String> signIn = site.get("/admin/sign-in");
        HttpResponse<String> notFound = site.get("/en/news/999999");
        HttpResponse<String> badRequest = site.get("/en/news?page=abc");

        assertThat(header(signIn, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(header(notFound, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(notFound, "ETag")).isNull();
        assertThat(header(badRequest, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void feeds_and_the_sitemap_are_revalidated_each_time() {
        assertThat(header(site.get("/en/feed.xml"), "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(site.get("/sitemap.xml"), "Cache-Control")).isEqualTo("no-cache");
    }
}
