package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.chancery.account.Role;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Range requests for uploaded files, as RFC 9110 says: 206 with the bytes asked for and
 * {@code Content-Range}, several ranges as {@code multipart/byteranges}, 416 when none can be
 * satisfied, the whole file when {@code If-Range} no longer holds or the Range header is not one
 * to honour.
 */
class RangeRequestsHttpTest {
    /** A PDF of 1,000 bytes, each position's byte telling where it is. */
    static final byte[] FILE = file();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TestSite site;
    private static String url;
    private static String etag;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        url = upload(site, Staff.of(site).add("ann@embassy.test", Role.AUTHOR).token(), FILE);
        etag = get(url).headers().firstValue("ETag").orElseThrow();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void a_range_past_the_end_is_416_at_once_and_the_server_goes_on_answering() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> past = get(url, "Range", "bytes=99999-");

            assertThat(past.statusCode()).isEqualTo(416);
            assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */1000");
            assertThat(past.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(past.body()).isEmpty();
        }
        assertThat(get(url, "Range", "bytes=1000-1001").statusCode()).isEqualTo(416);
        assertThat(get(url, "Range", "bytes=-0").statusCode()).isEqualTo(416);
        assertThat(get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void one_range_is_206_with_exactly_its_bytes() {
        assertPart(get(url, "Range", "bytes=0-9"), 0, 9);
        assertPart(get(url, "Range", "bytes=990-"), 990, 999);
        assertPart(get(url, "Range", "bytes=-100"), 900, 999);
        assertPart(get(url, "Range", "bytes=500-123456789"), 500, 999);
        assertPart(get(url, "Range", "bytes=-5000"), 0, 999);
        assertPart(get(url, "Range", "Bytes = 10-19 "), 10, 19);
        assertPart(get(url, "Range", "bytes=10-19,15-29"), 10, 29);  // overlapping ranges merge
        HttpResponse<byte[]> part = get(url, "Range", "bytes=0-9");
        assertThat(part.headers().firstValue("ETag")).hasValue(etag);
        assertThat(part.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void several_ranges_are_206_multipart_byteranges_each_with_its_content_range() {
        HttpResponse<byte[]> parts = get(url, "Range", "bytes=0-9,100-109,-10");

        assertThat(parts.statusCode()).isEqualTo(206);
        String type = parts.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(parts.headers().firstValueAsLong("Content-Length")).hasValue(parts.body().length);
        String body = new String(parts.body(), StandardCharsets.ISO_8859_1);
        String[] sections = body.split("\r\n--" + boundary);
        assertThat(sections).hasSize(5);  // before the first, three parts, and the closing "--"
        assertThat(sections[4]).isEqualTo("--\r\n");
        assertSection(sections[1], 0, 9);
        assertSection(sections[2], 100, 109);
        assertSection(sections[3], 990, 999);
    }

    @Test
    void if_range_with_the_current_etag_gets_the_part_and_anything_else_the_whole_file() {
        assertPart(get(url, "Range", "bytes=0-9", "If-Range", etag), 0, 9);
        assertWhole(get(url, "Range", "bytes=0-9", "If-Range", "\"another\""));
        assertWhole(get(url, "Range", "bytes=0-9", "If-Range", "W/" + etag));
        assertWhole(get(url, "Range", "bytes=0-9", "If-Range", "Tue, 26 May 2020 09:57:00 GMT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"items=0-9", "bytes=abc", "bytes=9-0", "bytes=", "bytes=--5", "bytes 0-9",
        "bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15,16-17,18-19,20-21,22-23,24-25,26-27,28-29,30-31,32-33"})
    void a_range_header_not_to_honour_gets_the_whole_file(String range) {
        assertWhole(get(url, "Range", range));
    }

    @Test
    void a_matching_if_none_match_is_304_before_any_range() {
        HttpResponse<byte[]> notModified = get(url, "Range", "bytes=0-9", "If-None-Match", etag);

        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("Content-Type")).isEmpty();
        assertThat(notModified.headers().firstValueAsLong("Content-Length")).hasValue(FILE.length);
    }

    private static void assertPart(HttpResponse<byte[]> response, int first, int last) {
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes " + first + "-" + last + "/1000");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(last - first + 1);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(FILE, first, last + 1));
    }

    private static void assertWhole(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
        assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(response.body()).isEqualTo(FILE);
    }

    private static void assertSection(String section, int first, int last) {
        String[] headAndBody = section.split("\r\n\r\n", 2);
        assertThat(headAndBody[0].lines().toList()).containsExactly("", "Content-Type: application/pdf",
                "Content-Range: bytes " + first + "-" + last + "/1000");
        assertThat(headAndBody[1].getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(Arrays.copyOfRange(FILE, first, last + 1));
    }

    /** Uploads the bytes through the API and returns their address. */
    static String upload(TestSite site, String token, byte[] bytes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url("/api/v1/media?name=visa-form.pdf")))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] file() {
        byte[] bytes = new byte[1000];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i < magic.length ? magic[i] : (byte) (i * 31 + i / 256);
        }
        return bytes;
    }
}
