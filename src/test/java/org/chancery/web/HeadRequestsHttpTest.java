package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chancery.account.Role;
import org.chancery.admin.Auth;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HEAD answers exactly as GET does, without the body: the same status and the same headers
 * (Content-Type, Content-Length, ETag, Location, ...), everywhere: public pages, errors, gone and
 * moved publications, the press office's pages signed out and in, the API, feeds, files and assets.
 */
class HeadRequestsHttpTest {
    /** What differs from one answer to the next whatever the method: the time, and a form's fresh CSRF cookie. */
    private static final Set<String> PER_RESPONSE = Set.of("date", "set-cookie");

    private static TestSite site;
    private static String session;
    private static String gone;
    private static String mediaUrl;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Staff.Member editor = Staff.of(site).add("ed@embassy.test", Role.EDITOR);
        var api = new ApiClient(site, editor.token());
        gone = api.get("/api/v1/publications/1").text("path");
        api.post("/api/v1/publications/1/unpublish", null);
        session = site.signedIn("admin@embassy.test", Role.ADMIN).cookie(Auth.SESSION_COOKIE).orElseThrow();
        mediaUrl = RangeRequestsHttpTest.upload(site, editor.token(), RangeRequestsHttpTest.FILE);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void head_answers_public_pages_errors_and_redirects_as_get_does() {
        for (String path : List.of("/", "/en/", "/en/news", "/en/news?type=interview", "/en/news/2",
                "/en/news/9999", "/en/no-such-page", "/no/such/thing", "/en/search?q=lavrov", "/en/contacts",
                "/ru/", gone, "/sitemap.xml", "/robots.txt", "/en/feed.xml", "/en/atom/interview.xml",
                "/assets/site.css", Assets.path("site.css"), "/assets/nothing.css", mediaUrl,
                "/media/ab/nothing.png", "/healthz", "/readyz")) {
            assertHeadAsGet(path);
        }
    }

    @Test
    void head_answers_the_press_office_signed_out_and_signed_in_as_get_does() {
        for (String path : List.of("/admin", "/admin/users", "/admin/publications", "/admin/sign-in",
                "/admin/no-such-page", "/admin/media", "/admin/audit")) {
            assertHeadAsGet(path);
            assertHeadAsGet(path, "Cookie", Auth.SESSION_COOKIE + "=" + session);
        }
    }

    @Test
    void head_answers_the_api_as_get_does() {
        for (String path : List.of("/api/v1/publications", "/api/v1/publications?limit=2", "/api/v1/publications/2",
                "/api/v1/publications/9999", "/api/v1/search?q=visa", "/api/v1/search", "/api/v1/openapi.json",
                "/api/v1/nothing")) {
            assertHeadAsGet(path);
            assertHeadAsGet(path, "Accept-Encoding", "gzip");
        }
    }

    @Test
    void head_answers_conditional_compressed_and_ranged_requests_as_get_does() {
        String etag = send("GET", "/en/feed.xml", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        assertHeadAsGet("/en/feed.xml", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertHeadAsGet("/en/", "Accept-Encoding", "gzip, deflate, br, zstd");
        assertHeadAsGet(mediaUrl, "Range", "bytes=10-19");
        assertHeadAsGet(mediaUrl, "Range", "bytes=99999-");
    }

    private static void assertHeadAsGet(String path, String... headers) {
        HttpResponse<byte[]> get = send("GET", path, headers);
        HttpResponse<byte[]> head = send("HEAD", path, headers);

        String what = "HEAD " + path + " " + String.join(" ", headers);
        assertThat(head.statusCode()).as(what).isEqualTo(get.statusCode());
        assertThat(comparable(head)).as(what).isEqualTo(comparable(get));
        assertThat(head.body()).as(what).isEmpty();
        if (get.headers().firstValue("Content-Length").isPresent() && get.statusCode() != 304) {
            assertThat(get.body()).hasSize(Integer.parseInt(get.headers().firstValue("Content-Length").get()));
        }
    }

    private static Map<String, List<String>> comparable(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        headers.keySet().removeAll(PER_RESPONSE);
        // a multipart answer's boundary is new each time
        headers.computeIfPresent("content-type", (name, values) -> values.stream()
                .map(v -> v.replaceAll("boundary=\\w+", "boundary=*")).toList());
        return headers;
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) {
        return HttpRequests.send(site, method, path, headers);
    }
}
