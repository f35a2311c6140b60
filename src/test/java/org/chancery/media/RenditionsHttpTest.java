package org.chancery.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestImages;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renditions as readers get them: at their addresses, made in the background or when asked for. */
class RenditionsHttpTest {
    private static TestSite site;
    private static String token;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        token = Staff.of(site).add("ann@embassy.test", Role.AUTHOR).token();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void an_uploaded_image_has_renditions_at_the_addresses_the_answer_gives() throws Exception {
        HttpResponse<String> upload = post("Embassy garden.jpg", TestImages.jpeg(1000, 600));
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode renditions = new ObjectMapper().readTree(upload.body()).path("renditions");
        String w640 = renditions.path("w640").asText();
        assertThat(w640).matches("/media/r/[0-9a-f]{64}/w640\\.jpg");
        assertThat(renditions.path("card").asText()).endsWith("/card-f50-50.jpg");
        assertThat(renditions.has("w1920")).as("the next width up is the image's own; none past it").isFalse();

        HttpResponse<byte[]> image = fetch(w640);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(read.getWidth()).isEqualTo(640);
        assertThat(read.getHeight()).isEqualTo(384);
        assertThat(ImageIO.read(new ByteArrayInputStream(fetch(renditions.path("w1280").asText()).body())).getWidth())
                .as("never wider than the original").isEqualTo(1000);

        // the background makes them all; the library page says so
        Path folder = site.app().config().mediaDirectory().resolve("r").resolve(w640.substring(9, 11));
        eventually(() -> assertThat(jpegs(folder)).isEqualTo(renditions.size()));
        assertThat(site.signedIn("ed@embassy.test", Role.EDITOR).page("/admin/media").select(".media-renditions").text())
                .contains("renditions: " + renditions.size() + " of " + renditions.size());
    }

    @Test
    void a_library_picture_in_a_body_carries_its_size_and_its_renditions_as_a_srcset_on_the_page_and_in_feeds()
            throws Exception {
        String original = upload("Wreath-laying.jpg", TestImages.jpeg(1400, 700));
        ApiClient editor = ApiClient.as(site, Staff.of(site).add("pic@embassy.test", Role.EDITOR));
        ApiClient.Response draft = editor.post("/api/v1/publications", Map.of("type", "news", "language", "en",
                "title", "Wreath-laying at the memorial", "lead", "The Ambassador laid a wreath.",
                "body", "![The Ambassador lays a wreath](" + original + " \"Photo: Embassy press service\")"));
        editor.post("/api/v1/publications/" + draft.id() + "/publish", Map.of("force", true, "reason", "Today's"));

        Element img = site.page(draft.text("path")).selectFirst("main figure.image img");

        assertThat(img.attr("src")).isEqualTo(original);
        assertThat(img.attr("width")).isEqualTo("1400");
        assertThat(img.attr("height")).isEqualTo("700");
        assertThat(img.attr("sizes")).isNotBlank();
        List<String> srcset = List.of(img.attr("srcset").split(", "));
        assertThat(srcset).extracting(s -> s.substring(s.indexOf(' ') + 1))
                .containsExactly("320w", "640w", "960w", "1280w", "1400w");
        for (String source : srcset) {
            String url = source.substring(0, source.indexOf(' '));
            int width = Integer.parseInt(source.substring(source.indexOf(' ') + 1, source.length() - 1));
            HttpResponse<byte[]> image = fetch(url);
            assertThat(image.statusCode()).as(url).isEqualTo(200);
            assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getWidth()).as(url).isEqualTo(width);
        }
        String feed = site.get("/en/feed.xml").body();
        assertThat(feed).containsPattern("srcset=(\"|&quot;)http://localhost:" + site.app().port() + "/media/r/")
                .doesNotContainPattern("srcset=(\"|&quot;)/media");
    }

    private static String upload(String name, byte[] bytes) throws Exception {
        HttpResponse<String> upload = post(name, bytes);
        assertThat(upload.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(upload.body()).path("url").asText();
    }

    @Test
    void a_rendition_whose_file_is_gone_is_made_again_when_asked_for() throws Exception {
        HttpResponse<String> upload = post("Residence.png", TestImages.png(700, 500));
        JsonNode renditions = new ObjectMapper().readTree(upload.body()).path("renditions");
        String square = renditions.path("square-w320").asText();
        Path folder = site.app().config().mediaDirectory().resolve("r").resolve(square.substring(9, 11));
        eventually(() -> assertThat(jpegs(folder)).isGreaterThanOrEqualTo(renditions.size()));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        HttpResponse<byte[]> image = fetch(square);
        assertThat(image.statusCode()).isEqualTo(200);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(read.getWidth()).isEqualTo(320);
        assertThat(read.getHeight()).isEqualTo(320);
    }

    @Test
    void unknown_renditions_and_files_without_renditions_are_404() throws Exception {
        JsonNode png = new ObjectMapper().readTree(post("Seal.png", TestImages.png(400, 300)).body());
        String w320 = png.path("renditions").path("w320").asText();
        String base = w320.substring(0, w320.lastIndexOf('/') + 1);
        for (String wrong : new String[] {"w321.jpg", "w320.png", "w320-f50-50.jpg", "card.jpg", "../w320.jpg",
                "thumb.jpg"}) {
            assertThat(fetch(base + wrong).statusCode()).as(wrong).isEqualTo(404);
        }
        assertThat(fetch("/media/r/" + "0".repeat(64) + "/w320.jpg").statusCode()).isEqualTo(404);

        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode document = new ObjectMapper().readTree(post("Visa form.pdf", pdf).body());
        assertThat(document.path("renditions").size()).isZero();
        String sha = document.path("url").asText().substring(10, 74);
        assertThat(fetch("/media/r/" + sha + "/w320.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void a_crop_around_another_focal_point_is_sent_to_the_current_one() throws Exception {
        JsonNode png = new ObjectMapper().readTree(post("Flag.png", TestImages.png(500, 300)).body());
        String card = png.path("renditions").path("card").asText();
        HttpResponse<byte[]> old = fetch(card.replace("-f50-50", "-f10-20"));
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(card);
    }

    @Test
    void the_focal_point_is_set_through_the_api_and_moves_the_crops_addresses() throws Exception {
        JsonNode uploaded = new ObjectMapper().readTree(post("Portrait.png", TestImages.png(900, 600)).body());
        long id = uploaded.path("id").asLong();
        String before = uploaded.path("renditions").path("square-w320").asText();

        HttpResponse<String> moved = patch(id, "{\"focus\": [0.2, 0.3]}");

        assertThat(moved.statusCode()).isEqualTo(200);
        String after = new ObjectMapper().readTree(moved.body()).path("renditions").path("square-w320").asText();
        assertThat(after).endsWith("/square-w320-f20-30.jpg").isNotEqualTo(before);
        assertThat(fetch(after).statusCode()).isEqualTo(200);
        assertThat(fetch(before).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(after));
        assertThat(new ObjectMapper().readTree(moved.body()).path("renditions").path("w320").asText())
                .as("widths keep their address").isEqualTo(uploaded.path("renditions").path("w320").asText());

        assertThat(patch(id, "{\"focus\": [1.5, 0]}").statusCode()).isEqualTo(422);
        assertThat(patch(id, "{\"focus\": [0.5]}").statusCode()).isEqualTo(422);
        assertThat(patch(id, "{\"focus\": [0.5, 0.5], \"other\": 1}").statusCode()).isEqualTo(422);
        assertThat(patch(999_999, "{\"focus\": [0.5, 0.5]}").statusCode()).isEqualTo(404);
    }

    @Test
    void a_decompression_bomb_is_refused_with_413_and_leaves_the_library_as_it_was() throws Exception {
        Path media = site.app().config().mediaDirectory();
        long before = count(media);

        HttpResponse<String> bomb = post("huge.png", TestImages.pngDeclaring(40_000, 40_000));

        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(bomb.body()).contains("megapixels");
        assertThat(count(media)).isEqualTo(before);
        HttpResponse<String> heic = post("IMG_0001.heic", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i',
                'c', 0, 0, 0, 0});
        assertThat(heic.statusCode()).isEqualTo(415);
        assertThat(heic.body()).contains("HEIC is not supported: export as JPEG");
        byte[] jpeg = TestImages.jpeg(600, 400);
        assertThat(post("cut.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length / 2)).statusCode()).isEqualTo(415);
        assertThat(count(media)).isEqualTo(before);
    }

    private static long jpegs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jpg")).count();
        }
    }

    /** The files in the media directory outside its renditions, which the background may be writing. */
    private static long count(Path media) throws IOException {
        if (!Files.isDirectory(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).filter(f -> !media.relativize(f).startsWith("r")).count();
        }
    }

    private static HttpResponse<String> post(String name, byte[] body) {
        return site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/media?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                .header("Content-Type", "application/octet-stream").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<String> patch(long id, String json) {
        return site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/media/" + id)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<byte[]> fetch(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
