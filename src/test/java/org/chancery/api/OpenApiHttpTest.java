package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description matches the API: every documented path is called with the
 * description's own example parameters ("valid", and each of the others, such as "invalid"),
 * and every answer must have a documented status and a body that conforms to the documented
 * schema of that status and media type.
 */
class OpenApiHttpTest {
    private static final String BASE = "https://embassy.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestSite site;
    private static JsonNode spec;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE)));
        site.indexed();
        spec = JSON.readTree(site.get(ReadApi.OPENAPI).body());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A call the description asks for: the example set's name, the URL and its parameters. */
    private record Call(String example, String path) {
    }

    @Test
    void the_description_is_openapi_3_with_this_site_as_its_server_and_documents_the_read_api() {
        assertThat(spec.path("openapi").asText()).startsWith("3.0");
        assertThat(spec.at("/servers/0/url").asText()).isEqualTo(BASE);
        assertThat(names(spec.path("paths"))).containsExactlyInAnyOrder(PublicationApi.BASE,
                PublicationApi.BASE + "/{id}", ReadApi.SEARCH, ReadApi.OPENAPI);
    }

    @Test
    void every_documented_path_answers_its_examples_as_described() {
        List<String> checked = new ArrayList<>();
        for (String template : names(spec.path("paths"))) {
            JsonNode operation = spec.path("paths").path(template).path("get");
            for (Call call : calls(template, operation.path("parameters"))) {
                HttpResponse<String> response = site.get(call.path());
                assertConforms(operation, call, response);
                checked.add(call.example() + " " + call.path() + " -> " + response.statusCode());
            }
        }
        assertThat(checked).anyMatch(c -> c.startsWith("valid") && c.endsWith("200"))
                .anyMatch(c -> c.endsWith("400")).anyMatch(c -> c.endsWith("404"));
    }

    @Test
    void every_documented_path_answers_304_to_a_client_that_has_its_etag() {
        for (String template : names(spec.path("paths"))) {
            JsonNode operation = spec.path("paths").path(template).path("get");
            Call valid = calls(template, operation.path("parameters")).get(0);
            String etag = site.get(valid.path()).headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = site.send(HttpRequest.newBuilder(URI.create(site.url(valid.path())))
                    .header("If-None-Match", etag).build());

            assertThat(again.statusCode()).as(valid.path()).isEqualTo(304);
            assertThat(operation.path("responses").has("304")).as(template + " documents 304").isTrue();
        }
    }

    private static void assertConforms(JsonNode operation, Call call, HttpResponse<String> response) {
        String status = String.valueOf(response.statusCode());
        JsonNode documented = resolve(operation.path("responses").path(status));
        assertThat(documented.isMissingNode()).as(call + " answered undocumented " + status + ": " + response.body())
                .isFalse();
        if (call.example().equals("valid")) {
            assertThat(response.statusCode()).as(call.toString()).isEqualTo(200);
        } else {
            assertThat(response.statusCode()).as(call.toString()).isGreaterThanOrEqualTo(400);
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode schema = documented.path("content").path(mediaType).path("schema");
        assertThat(schema.isMissingNode()).as(call + ": " + mediaType + " is not documented for " + status).isFalse();
        assertThat(SchemaCheck.errors(spec, schema, read(response.body()))).as(call.toString()).isEmpty();
    }

    /** The valid call first, then one per other example (each with that parameter's example and the rest valid). */
    private static List<Call> calls(String template, JsonNode parameters) {
        Map<String, Map<String, String>> byExample = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            for (String example : names(p.path("examples"))) {
                byExample.computeIfAbsent(example, k -> new LinkedHashMap<>());
            }
        }
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("valid", path(template, parameters, null, null)));
        for (JsonNode p : parameters) {
            for (String example : names(p.path("examples"))) {
                if (!example.equals("valid")) {
                    calls.add(new Call(example, path(template, parameters, p.path("name").asText(), example)));
                }
            }
        }
        return calls;
    }

    /** The URL with every parameter's valid example, except {@code name}, which takes its {@code example}. */
    private static String path(String template, JsonNode parameters, String name, String example) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : parameters) {
            String which = p.path("name").asText().equals(name) ? example : "valid";
            JsonNode value = p.path("examples").path(which).path("value");
            if (value.isMissingNode()) {
                continue;
            }
            String text = value.asText();
            if (p.path("in").asText().equals("path")) {
                path = path.replace("{" + p.path("name").asText() + "}", text);
            } else {
                query.add(p.path("name").asText() + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? spec.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new UncheckedIOException(new java.io.IOException("not JSON: " + body, e));
        }
    }
}
