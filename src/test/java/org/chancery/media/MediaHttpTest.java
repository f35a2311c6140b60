package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.support.Browser;
import org.chancery.support.TestImages;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The media library at /admin/media: uploads checked by content and size, the files as readers get them. */
class MediaHttpTest {
    static final byte[] PNG = TestImages.png(60, 40);
    static final byte[] PDF = bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 500);

    private TestSite site;
    private Browser author;
    private Browser editor;

    @BeforeEach
    void start() {
        site = TestSite.sample();
        author = site.signedIn("ann@embassy.test", Role.AUTHOR);
        editor = site.signedIn("ed@embassy.test", Role.EDITOR);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void an_author_uploads_an_image_and_gets_its_address_and_the_markdown_to_paste() {
        HttpResponse<String> response = upload(author, "Фото посольства.png", PNG);

        assertThat(response.statusCode()).isEqualTo(303);
        Document page = author.page(response.headers().firstValue("Location").orElseThrow());
        String url = "/media/" + sha256(PNG).substring(0, 2) + "/" + sha256(PNG) + "-foto-posolstva.png";
        assertThat(page.select(".media-uploaded code.snippet").text()).isEqualTo("![Фото посольства](" + url + ")");
        assertThat(page.select("tr.media-file a.media-url").eachAttr("href")).containsExactly(url);
        assertThat(page.select("tr.media-file .media-name").text()).isEqualTo("Фото посольства.png");
        assertThat(page.select("form.media-delete")).as("authors do not delete").isEmpty();
        assertThat(editor.page("/admin/media").select("form.media-delete")).hasSize(1);
        assertThat(site.app().config().mediaDirectory().resolve(url.substring("/media/".length())))
                .hasBinaryContent(PNG);
    }

    @Test
    void an_uploaded_file_is_served_with_its_type_a_year_long_cache_and_its_hash_as_etag() throws Exception {
        String url = uploadedUrl(author, "visa-form.pdf", PDF);

        HttpResponse<byte[]> file = fetch(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(file.headers().firstValue("ETag")).hasValue("\"" + sha256(PDF) + "\"");

        HttpResponse<byte[]> again = fetch(url, "If-None-Match", "\"" + sha256(PDF) + "\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void a_pdf_is_pasted_as_a_link_and_an_image_as_an_image() {
        upload(author, "Visa form.pdf", PDF);
        upload(author, "map.png", PNG);

        List<String> snippets = author.page("/admin/media").select("tr.media-file code.snippet").eachText();
        assertThat(snippets).hasSize(2);
        assertThat(snippets.get(0)).as("newest first").startsWith("![map](/media/").endsWith("-map.png)");
        assertThat(snippets.get(1)).startsWith("[Visa form](/media/").endsWith("-visa-form.pdf)");
    }

    @Test
    void a_file_is_judged_by_its_content_not_its_name() throws IOException {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload(author, "photo.jpg", script);

        assertThat(response.statusCode()).isEqualTo(415);
        Document page = Browser.parse(response);
        assertThat(page.select("body.admin .form-error").text()).contains("JPEG, PNG, GIF and WebP");
        assertThat(page.select("tr.media-file")).isEmpty();
        assertThat(filesIn(site.app().config().mediaDirectory())).isEmpty();
    }

    @Test
    void a_file_over_ten_mebibytes_is_refused_with_413_in_the_press_offices_layout() throws IOException {
        HttpResponse<String> response = upload(author, "poster.png", Arrays.copyOf(PNG, (int) MediaLibrary.MAX_BYTES + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Browser.parse(response);
        assertThat(page.select("body.admin .form-error").text()).contains("10 MiB");
        assertThat(page.select("form.media-upload")).isNotEmpty();
        assertThat(filesIn(site.app().config().mediaDirectory())).isEmpty();
    }

    @Test
    void an_upload_declaring_more_than_the_limit_is_refused_before_it_is_sent() throws IOException {
        // as curl does for a large upload, the client waits for "100 Continue" before sending the body
        String head = "POST /admin/media HTTP/1.1\r\nHost: localhost\r\n"
                + "Cookie: chancery_session=" + author.cookie("chancery_session").orElseThrow() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: " + (MediaHandler.MAX_REQUEST_BYTES + 1) + "\r\n"
                + "Expect: 100-continue\r\nConnection: close\r\n\r\n";

        try (Socket socket = new Socket("localhost", site.app().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413 ");
            Document page = Jsoup.parse(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(page.select("body.admin main").text()).contains("10 MiB");
        }
    }

    @Test
    void an_upload_of_undeclared_length_stops_being_read_past_the_limit() throws Exception {
        String boundary = "x";
        byte[] head = ("--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(author)
                + "\r\n--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + (int) MediaHandler.MAX_REQUEST_BYTES);
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url("/admin/media")))
                .header("Cookie", "chancery_session=" + author.cookie("chancery_session").orElseThrow())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(filesIn(site.app().config().mediaDirectory())).isEmpty();
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() {
        HttpResponse<String> response = author.upload("/admin/media", Map.of(), "map.png", PNG);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(author.page("/admin/media").select("tr.media-file")).isEmpty();
    }

    @Test
    void the_same_file_uploaded_twice_is_stored_once() throws IOException {
        String first = uploadedUrl(author, "map.png", PNG);
        HttpResponse<String> second = upload(editor, "map (1).png", PNG);

        assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("&existing");
        Document page = editor.page(second.headers().firstValue("Location").orElseThrow());
        assertThat(page.select(".media-uploaded code.snippet").text()).contains(first);
        assertThat(page.select("tr.media-file")).hasSize(1);
        assertThat(filesIn(site.app().config().mediaDirectory())).hasSize(1);
    }

    @Test
    void an_author_cannot_delete_a_file_and_an_editors_deletion_is_audited() throws Exception {
        String url = uploadedUrl(author, "map.png", PNG);
        String id = idOf(url);

        assertThat(author.post("/admin/media/" + id + "/delete", Map.of("_csrf", csrf(author))).statusCode())
                .isEqualTo(403);
        assertThat(fetch(url).statusCode()).isEqualTo(200);

        var deleted = editor.post("/admin/media/" + id + "/delete", Map.of("_csrf", csrf(editor)));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(fetch(url).statusCode()).isEqualTo(404);
        assertThat(filesIn(site.app().config().mediaDirectory())).isEmpty();
        List<AuditEntry> audit = new AuditLog(site.app().database().jdbi()).about("media:" + id);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("media.upload", "media.delete");
        assertThat(audit.get(1).actor()).isEqualTo("ed@embassy.test");
        assertThat(editor.post("/admin/media/" + id + "/delete", Map.of("_csrf", csrf(editor))).statusCode())
                .as("deleted already").isEqualTo(404);
    }

    @Test
    void nothing_but_a_listed_upload_is_served_and_no_path_leaves_the_media_directory() throws Exception {
        String url = uploadedUrl(author, "map.png", PNG);
        Path media = site.app().config().mediaDirectory();
        String stray = "ab/ab" + "0".repeat(62) + "-stray.png";
        Files.createDirectories(media.resolve("ab"));
        Files.write(media.resolve(stray), PNG);
        Files.writeString(media.resolve("secret.png"), "not for readers");

        for (String path : List.of("/media/" + stray, "/media/secret.png", "/media/../chancery.db",
                "/media/%2e%2e/chancery.db", "/media/ab/..%2F..%2Fchancery.db", "/media/..%2Fchancery.db/x",
                "/media/" + url.substring(7, 9) + "/" + url.substring(10).replace(".png", ".pdf"),
                url.replace("/media/", "/media/./"), "/media/zz/nothing.png")) {
            assertThat(fetch(path).statusCode()).as(path).isIn(400, 404);
        }
        assertThat(fetch(url).statusCode()).isEqualTo(200);
    }

    @Test
    void the_focal_point_of_an_image_is_set_from_the_library_with_the_forms_token() {
        String id = idOf(uploadedUrl(author, "map.png", PNG));
        assertThat(author.post("/admin/media/" + id + "/focus", Map.of("x", "0.1", "y", "0.9")).statusCode())
                .as("without the token").isEqualTo(403);
        HttpResponse<String> set = author.post("/admin/media/" + id + "/focus",
                Map.of("_csrf", csrf(author), "x", "0.1", "y", "0.9"));
        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(author.post("/admin/media/" + id + "/focus", Map.of("_csrf", csrf(author), "x", "2", "y", "0"))
                .statusCode()).isEqualTo(422);
        List<AuditEntry> audit = new AuditLog(site.app().database().jdbi()).about("media:" + id);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("media.upload", "media.focus");
        assertThat(audit.get(1).detail()).isEqualTo("f10-90");
    }

    private HttpResponse<String> upload(Browser browser, String name, byte[] content) {
        return browser.upload("/admin/media", Map.of("_csrf", csrf(browser)), name, content);
    }

    private String uploadedUrl(Browser browser, String name, byte[] content) {
        HttpResponse<String> response = Browser.expect(upload(browser, name, content), 303);
        return browser.page(response.headers().firstValue("Location").orElseThrow())
                .select(".media-uploaded code.snippet").text().replaceAll(".*\\((.*)\\)$", "$1");
    }

    private String idOf(String url) {
        return editor.page("/admin/media").select("tr.media-file").stream()
                .filter(row -> row.select("a.media-url").attr("href").equals(url))
                .map(row -> row.selectFirst("form.media-delete").attr("action").replaceAll("\\D", ""))
                .findFirst().orElseThrow();
    }

    private static String csrf(Browser browser) {
        return browser.page("/admin/media").select("meta[name=csrf-token]").attr("content");
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The uploaded files in the media directory, without the renditions made of them (under r/). */
    static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !dir.relativize(f).startsWith("r")).toList();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(byte[] magic, int length) {
        byte[] bytes = Arrays.copyOf(magic, length);
        for (int i = magic.length; i < length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
