package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The write API reads one JSON object, said to be JSON, within bounds, and nothing else. */
class StrictJsonHttpTest {
    private static final String API = "/api/v1/publications";
    private static final String DRAFT = "{\"type\": \"statement\", \"language\": \"en\", \"title\": \"Strict\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return site.send(request.build());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {DRAFT + " trailing", DRAFT + " {\"title\": \"second\"}", DRAFT + "]",
        "{\"type\": \"statement\", \"title\": \"a\", \"title\": \"b\"}"})
    void anything_but_one_json_object_with_each_key_once_is_malformed(String body) throws Exception {
        JsonNode refused = problem(post(API, "application/json", body), 400);

        assertThat(refused.path("type").asText()).isEqualTo("urn:chancery:problem:malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonx",
        "application/json; charset=iso-8859-1"})
    void a_body_not_said_to_be_json_in_utf8_is_a_415(String contentType) throws Exception {
        JsonNode refused = problem(post(API, contentType, DRAFT), 415);

        assertThat(refused.path("type").asText()).isEqualTo("urn:chancery:problem:unsupported-media-type");
        assertThat(refused.path("detail").asText()).contains("application/json");
    }

    @Test
    void a_body_without_a_content_type_is_a_415() throws Exception {
        problem(post(API, null, DRAFT), 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""})
    void json_in_utf8_is_read(String contentType) {
        assertThat(post(API, contentType, DRAFT).statusCode()).isEqualTo(201);
    }

    @Test
    void an_action_without_a_body_needs_no_content_type() {
        long id = ApiClient.as(site, Staff.of(site).add("bo@embassy.test", Role.AUTHOR)).post(API,
                ApiClient.draft("Empty action")).id();
        HttpRequest submit = HttpRequest.newBuilder(URI.create(site.url(API + "/" + id + "/submit")))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token).build();

        assertThat(site.send(submit).statusCode()).isIn(200, 403);
    }

    @Test
    void a_hundred_thousand_unknown_keys_are_refused_while_reading_with_a_short_answer() throws Exception {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }

        HttpResponse<String> response = post(API, "application/json", body.append('}').toString());

        JsonNode refused = problem(response, 400);
        assertThat(refused.path("detail").asText()).contains("more than a request may");
        assertThat(response.body().length()).isLessThan(1_000);
    }

    @Test
    void of_many_unknown_keys_the_first_ten_are_named() throws Exception {
        StringBuilder body = new StringBuilder("{\"type\": \"statement\"");
        for (int i = 0; i < 50; i++) {
            body.append(",\"unknown").append(i).append("\":1");
        }

        JsonNode refused = problem(post(API, "application/json", body.append('}').toString()), 422);

        assertThat(refused.path("errors")).hasSize(10);
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("unknown0");
    }

    @Test
    void deep_nesting_is_refused_while_reading() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        JsonNode refused = problem(post(API, "application/json", "{\"tags\": " + deep + "}"), 400);

        assertThat(refused.path("detail").asText()).contains("more than a request may");
    }
}
