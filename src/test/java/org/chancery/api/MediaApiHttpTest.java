package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.chancery.account.Role;
import org.chancery.support.Staff;
import org.chancery.support.TestImages;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/media}: the body is the file, {@code ?name=} its name, a bearer token the uploader. */
class MediaApiHttpTest {
    private static final byte[] GIF = TestImages.gif(40, 30);

    /** One site for both tests: the refused uploads store nothing. */
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
    void an_author_uploads_a_file_and_gets_its_address_and_markdown() throws IOException {
        HttpResponse<String> response = post("Map of the district.gif", GIF, token);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode file = new ObjectMapper().readTree(response.body());
        assertThat(file.path("contentType").asText()).isEqualTo("image/gif");
        assertThat(file.path("url").asText()).startsWith("/media/").endsWith("-map-of-the-district.gif");
        assertThat(file.path("markdown").asText()).isEqualTo("![Map of the district](" + file.path("url").asText() + ")");
        assertThat(response.headers().firstValue("Location")).hasValue(file.path("url").asText());
        assertThat(site.get(file.path("url").asText()).statusCode()).isEqualTo(200);

        HttpResponse<String> again = post("Map of the district.gif", GIF, token);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"existing\":true");
    }

    @Test
    void a_file_of_another_kind_is_refused_with_415_and_no_token_with_401() {
        HttpResponse<String> html = post("page.gif", "<html>".getBytes(StandardCharsets.UTF_8), token);
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        assertThat(post("map.gif", GIF, null).statusCode()).isEqualTo(401);
        assertThat(post("map.gif", GIF, "chy_unknown").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String name, byte[] body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(MediaApi.BASE + "?name="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return site.send(request.build());
    }
}
