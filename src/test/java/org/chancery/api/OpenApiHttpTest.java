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
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description matches the API: every documented read is called with the
 * description's own example parameters (the valid one, and each of those under
 * {@code x-invalid-examples}), every documented write is made as a press officer's tool makes
 * it, and every answer must have a documented status and a body that conforms to the
 * documented schema of that status and media type.
 */
class OpenApiHttpTest {
    private static final String BASE = "https://embassy.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where a parameter's description keeps the values the API refuses. */
    private static final String INVALID = "x-invalid-examples";
    private static TestSite site;
    private static JsonNode spec;
    private static String authorToken;
    private static ApiClient author;
    private static ApiClient editor;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE)));
        site.indexed();
        spec = JSON.readTree(site.get(ReadApi.OPENAPI).body());
        Staff staff = Staff.of(site);
        authorToken = staff.add("ann@embassy.test", Role.AUTHOR).token();
        author = new ApiClient(site, authorToken);
        editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A call the description asks for: the example set's name, the URL and its parameters. */
    private record Call(String example, String parameter, String path) {
    }

    @Test
    void the_description_is_openapi_3_with_this_site_as_its_server_and_documents_both_apis() {
        assertThat(spec.path("openapi").asText()).startsWith("3.0");
        assertThat(spec.at("/servers/0/url").asText()).isEqualTo(BASE);
        String one = PublicationApi.BASE + "/{id}";
        assertThat(names(spec.path("paths"))).containsExactlyInAnyOrder(PublicationApi.BASE, one,
                one + "/revisions", one + "/submit", one + "/publish", one + "/schedule", one + "/withdraw",
                one + "/unpublish", one + "/approve", MediaApi.BASE, MediaApi.BASE + "/{id}", ReadApi.SEARCH,
                ReadApi.OPENAPI);
        assertThat(names(spec.path("paths").path(PublicationApi.BASE))).containsExactlyInAnyOrder("get", "post");
        assertThat(names(spec.path("paths").path(one))).containsExactlyInAnyOrder("get", "patch");
    }

    @Test
    void every_documented_read_answers_its_examples_as_described() {
        List<String> checked = new ArrayList<>();
        for (String template : names(spec.path("paths"))) {
            JsonNode operation = spec.path("paths").path(template).path("get");
            if (operation.isMissingNode()) {
                continue;
            }
            for (Call call : calls(template, operation.path("parameters"))) {
                HttpResponse<String> response = site.send(request(operation, call.path()).build());
                assertConforms(operation, call.toString(), response);
                if (call.example().equals("valid")) {
                    assertThat(response.statusCode()).as(call.toString()).isEqualTo(200);
                } else {
                    assertThat(response.statusCode()).as(call.toString()).isGreaterThanOrEqualTo(400);
                }
                if (response.statusCode() == 400) {
                    JsonNode problem = read(response.body());
                    assertThat(problem.path("type").asText()).as(call.toString())
                            .isEqualTo("urn:chancery:problem:invalid-parameter");
                    assertThat(problem.path("parameter").asText()).as(call.toString()).isEqualTo(call.parameter());
                }
                checked.add(call.example() + " " + call.path() + " -> " + response.statusCode());
            }
        }
        assertThat(checked).anyMatch(c -> c.startsWith("valid") && c.endsWith("200"))
                .anyMatch(c -> c.endsWith("400")).anyMatch(c -> c.endsWith("404"))
                .anyMatch(c -> c.contains("/revisions") && c.endsWith("200"));
    }

    @Test
    void every_documented_read_answers_304_to_a_client_that_has_its_etag() {
        for (String template : names(spec.path("paths"))) {
            JsonNode operation = spec.path("paths").path(template).path("get");
            if (operation.isMissingNode()) {
                continue;
            }
            Call valid = calls(template, operation.path("parameters")).get(0);
            String etag = site.send(request(operation, valid.path()).build()).headers().firstValue("ETag")
                    .orElseThrow(() -> new AssertionError(valid.path() + " has no ETag"));

            HttpResponse<String> again = site.send(request(operation, valid.path())
                    .header("If-None-Match", etag).build());

            assertThat(again.statusCode()).as(valid.path()).isEqualTo(304);
            assertThat(operation.path("responses").has("304")).as(template + " documents 304").isTrue();
        }
    }

    @Test
    void the_press_office_view_of_a_publication_has_an_etag_that_changes_with_it() {
        String path = PublicationApi.BASE + "/" + author.post(PublicationApi.BASE, ApiClient.draft("Tagged")).id();
        ApiClient.Response first = author.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Authorization", "Bearer " + authorToken).header("If-None-Match", etag).build();

        HttpResponse<String> unchanged = site.send(again);
        author.patch(path, Map.of("version", first.version(), "title", "Tagged, edited"));
        HttpResponse<String> changed = site.send(again);

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("private"));
    }

    @Test
    void every_documented_write_answers_as_described() {
        String base = PublicationApi.BASE;
        List<String> made = new ArrayList<>();
        ApiClient.Response created = write(author, "POST", base, ApiClient.draft("Statement on the day"), 201, made);
        String one = base + "/" + created.id();
        write(author, "POST", base, Map.of("type", "statement", "language", "xx", "title", ""), 422, made);
        write(author, "POST", base, "{\"title\": ", 400, made);
        write(author, "PATCH", one, Map.of("version", created.version(), "lead", "A new lead"), 200, made);
        write(author, "PATCH", one, Map.of("version", created.version(), "lead", "An older lead"), 409, made);
        write(author, "POST", one + "/submit", null, 200, made);
        write(author, "POST", one + "/publish", null, 403, made);
        write(editor, "POST", one + "/publish", Map.of(), 200, made);
        write(editor, "POST", one + "/withdraw", Map.of("reason", "Superseded."), 200, made);
        write(editor, "POST", one + "/unpublish", Map.of(), 200, made);
        String forced = base + "/" + author.post(base, ApiClient.draft("Urgent")).id();
        write(editor, "POST", forced + "/publish", Map.of("force", true, "reason", "Embargo lifts at nine."), 200,
                made);
        write(author, "POST", forced + "/approve", null, 403, made);
        String later = base + "/" + author.post(base, ApiClient.draft("Later")).id();
        write(author, "POST", later + "/submit", null, 200, made);
        write(editor, "POST", later + "/schedule", Map.of("at", "2030-01-01T09:00:00Z"), 200, made);
        write(new ApiClient(site, null), "POST", base, ApiClient.draft("Nobody's"), 401, made);

        assertThat(made).hasSize(15);
    }

    @Test
    void an_upload_answers_as_described() throws Exception {
        JsonNode operation = spec.path("paths").path(MediaApi.BASE).path("post");
        byte[] gif = java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        for (int expected : new int[] {201, 200}) {
            HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url(MediaApi.BASE
                    + "?name=dot.gif"))).header("Authorization", "Bearer " + authorToken)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(gif)).build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            assertConforms(operation, "upload", response);
        }
    }

    /** Makes a documented write and checks its answer against the description of its status. */
    private static ApiClient.Response write(ApiClient as, String method, String path, Object body, int expected,
            List<String> made) {
        ApiClient.Response response = as.send(method, path, body);
        assertThat(response.status()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        String template = path.replaceFirst("/\\d+", "/{id}");
        JsonNode operation = spec.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        assertThat(operation.isMissingNode()).as(method + " " + template + " is documented").isFalse();
        assertConforms(operation, method + " " + path, response.status(), response.contentType(), response.body());
        made.add(method + " " + path);
        return response;
    }

    /** A read as the description says to make it: with a press officer's token where it needs one. */
    private static HttpRequest.Builder request(JsonNode operation, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)));
        if (needsToken(operation)) {
            request.header("Authorization", "Bearer " + authorToken);
        }
        return request;
    }

    private static boolean needsToken(JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.path("security") : spec.path("security");
        for (JsonNode alternative : security) {
            if (alternative.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void assertConforms(JsonNode operation, String call, HttpResponse<String> response) {
        assertConforms(operation, call, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static void assertConforms(JsonNode operation, String call, int statusCode, String contentType,
            String body) {
        String status = String.valueOf(statusCode);
        JsonNode documented = resolve(operation.path("responses").path(status));
        assertThat(documented.isMissingNode()).as(call + " answered undocumented " + status + ": " + body).isFalse();
        if (statusCode == 304) {
            return;
        }
        String mediaType = contentType.split(";")[0].strip();
        JsonNode schema = documented.path("content").path(mediaType).path("schema");
        assertThat(schema.isMissingNode()).as(call + ": " + mediaType + " is not documented for " + status).isFalse();
        assertThat(SchemaCheck.errors(spec, schema, read(body))).as(call).isEmpty();
    }

    /** The valid call first, then one per other example (each with that parameter's example and the rest valid). */
    private static List<Call> calls(String template, JsonNode parameters) {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("valid", null, path(template, parameters, null, null)));
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            for (String example : names(p.path(INVALID))) {
                calls.add(new Call(example, name, path(template, parameters, name, example)));
            }
        }
        return calls;
    }

    /** The URL with every parameter's valid example, except {@code name}, which takes its {@code example}. */
    private static String path(String template, JsonNode parameters, String name, String example) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : parameters) {
            JsonNode value = p.path("name").asText().equals(name) ? p.path(INVALID).path(example).path("value")
                    : p.path("examples").path("valid").path("value");
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
