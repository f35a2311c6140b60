package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Content codings as RFC 9110 negotiates them: weights honoured, Brotli for a browser that lists it
 * anywhere, nothing refused sent, one ETag per coding on pages, feeds, the sitemap and the API,
 * {@code Vary: Accept-Encoding} wherever the coding may vary, and 304s without a Content-Type.
 */
class ContentCodingHttpTest {
    private static final String CHROMIUM = "gzip, deflate, br, zstd";
    private static final List<String> TAGGED = List.of("/en/", "/en/feed.xml", "/en/atom.xml", "/sitemap.xml",
            "/api/v1/publications", "/api/v1/openapi.json", Assets.path("site.css"));

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        return HttpRequests.send(site, "GET", path, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void chromium_gets_brotli_wherever_the_server_compresses() {
        for (String path : List.of("/en/", "/en/feed.xml", "/api/v1/publications", "/en/no-such-page",
                Assets.path("site.css"))) {
            assertThat(header(get(path, "Accept-Encoding", CHROMIUM), "Content-Encoding")).as(path).isEqualTo("br");
        }
    }

    @Test
    void weights_are_honoured_everywhere() throws IOException {
        for (String path : List.of("/en/", "/en/feed.xml", "/api/v1/publications", "/en/no-such-page")) {
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip;q=1.0, br;q=0.5");
            assertThat(header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes()).as(path).isEqualTo(get(path).body());
            }
            assertThat(header(get(path, "Accept-Encoding", "gzip;q=0.8"), "Content-Encoding")).as(path)
                    .isEqualTo("gzip");
            assertThat(header(get(path, "Accept-Encoding", "br;q=0, gzip;q=0"), "Content-Encoding")).as(path)
                    .isNull();
            assertThat(header(get(path, "Accept-Encoding", "*;q=0"), "Content-Encoding")).as(path).isNull();
            assertThat(header(get(path, "Accept-Encoding", "identity;q=0, gzip;q=0.1"), "Content-Encoding"))
                    .as(path).isEqualTo("gzip");
        }
    }

    @Test
    void a_client_refusing_the_identity_gets_even_a_short_answer_compressed() {
        assertThat(header(get("/robots.txt"), "Content-Encoding")).isNull();
        assertThat(header(get("/robots.txt", "Accept-Encoding", "identity;q=0, gzip"), "Content-Encoding"))
                .isEqualTo("gzip");
        assertThat(header(get("/api/v1/publications?limit=1", "Accept-Encoding", "identity;q=0, gzip"),
                "Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void each_coding_has_its_own_etag_and_a_tag_revalidates_only_its_own_coding() {
        for (String path : TAGGED) {
            String plain = header(get(path), "ETag");
            String gzip = header(get(path, "Accept-Encoding", "gzip"), "ETag");
            String br = header(get(path, "Accept-Encoding", CHROMIUM), "ETag");
            assertThat(List.of(plain, gzip, br)).as(path).doesNotHaveDuplicates().doesNotContainNull();

            assertThat(get(path, "Accept-Encoding", "gzip", "If-None-Match", gzip).statusCode()).as(path)
                    .isEqualTo(304);
            assertThat(get(path, "Accept-Encoding", CHROMIUM, "If-None-Match", gzip).statusCode()).as(path)
                    .isEqualTo(200);
            assertThat(get(path, "If-None-Match", br).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void answers_whose_coding_may_vary_say_so() {
        for (String path : TAGGED) {
            assertThat(get(path).headers().allValues("Vary")).as(path).anyMatch(v -> v.contains("Accept-Encoding"));
        }
    }

    @Test
    void a_304_carries_no_content_type_but_the_validators_and_vary_of_its_200() {
        for (String path : TAGGED) {
            HttpResponse<byte[]> ok = get(path, "Accept-Encoding", "gzip");
            HttpResponse<byte[]> notModified = get(path, "Accept-Encoding", "gzip", "If-None-Match",
                    header(ok, "ETag"));

            assertThat(notModified.statusCode()).as(path).isEqualTo(304);
            assertThat(notModified.headers().firstValue("Content-Type")).as(path).isEmpty();
            assertThat(header(notModified, "ETag")).as(path).isEqualTo(header(ok, "ETag"));
            assertThat(notModified.headers().allValues("Vary")).as(path).isEqualTo(ok.headers().allValues("Vary"));
            assertThat(header(notModified, "Cache-Control")).as(path).isEqualTo(header(ok, "Cache-Control"));
            // Content-Length, if any, is the 200's (RFC 9110 15.4.5), never Jetty's 0
            assertThat(notModified.headers().firstValueAsLong("Content-Length")).as(path)
                    .hasValue((long) ok.body().length);
        }
    }

    @Test
    void compressed_bytes_are_never_compressed_twice() throws IOException {
        HttpResponse<byte[]> feed = get("/en/feed.xml", "Accept-Encoding", "gzip");

        assertThat(feed.headers().allValues("Content-Encoding")).containsExactly("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(feed.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("<?xml");
        }
    }
}
