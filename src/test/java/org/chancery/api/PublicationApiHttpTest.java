package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The write API's contract: JSON in and out, bearer tokens, versions and problem details. */
class PublicationApiHttpTest {
    private static final String API = "/api/v1/publications";

    private static TestSite site;
    private static Staff.Member author;
    private static ApiClient asAuthor;
    private static ApiClient asEditor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        Staff staff = Staff.of(site);
        author = staff.add("ann@embassy.test", Role.AUTHOR);
        asAuthor = ApiClient.as(site, author);
        asEditor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Response create(Map<String, Object> fields) {
        return asAuthor.post(API, fields);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().has("type")).isTrue();
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
    }

    @Test
    void creating_a_draft_answers_201_with_id_status_version_and_location() {
        Map<String, Object> fields = new HashMap<>(ApiClient.draft("Statement on the anniversary"));
        fields.putAll(Map.of("type", "interview", "place", "Moscow", "eventDate", "2020-04-29", "featured", true,
                "speakers", List.of("Question", "Sergey Lavrov"), "tags", List.of("tass", "diplomacy")));

        Response created = create(fields);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.id()).isPositive();
        assertThat(created.text("status")).isEqualTo("draft");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.headers().firstValue("Location")).hasValue(API + "/" + created.id());
        assertThat(created.text("type")).isEqualTo("interview");
        assertThat(created.text("language")).isEqualTo("en");
        assertThat(created.text("eventDate")).isEqualTo("2020-04-29");
        assertThat(created.json().path("featured").asBoolean()).isTrue();
        assertThat(created.json().path("speakers").toString()).isEqualTo("[\"Question\",\"Sergey Lavrov\"]");
        assertThat(created.json().path("tags").toString()).isEqualTo("[\"tass\",\"diplomacy\"]");
        assertThat(created.text("createdAt")).isEqualTo("2020-05-26T09:57:00Z");
        assertThat(created.json().path("authorId").asLong()).isEqualTo(author.id());
        assertThat(created.text("path")).isEqualTo("/en/news/" + created.id() + "-statement-on-the-anniversary");
    }

    @Test
    void a_series_is_set_by_key_and_part_and_left_by_an_empty_key() {
        Map<String, Object> fields = new HashMap<>(ApiClient.draft("Interview, part 2"));
        fields.putAll(Map.of("seriesKey", "tass-2020", "seriesPart", 2));
        Response created = create(fields);
        assertThat(created.text("seriesKey")).isEqualTo("tass-2020");
        assertThat(created.json().path("seriesPart").asInt()).isEqualTo(2);

        assertProblem(asAuthor.patch(API + "/" + created.id(), Map.of("version", 1, "seriesPart", "two")), 422);
        Response left = asAuthor.patch(API + "/" + created.id(), Map.of("version", 1, "seriesKey", ""));

        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().path("seriesKey").isNull()).isTrue();
        assertThat(left.json().path("seriesPart").isNull()).isTrue();
    }

    @Test
    void a_draft_is_readable_through_the_api_in_any_state_but_not_on_the_site() {
        Response created = create(ApiClient.draft("Draft only"));

        Response read = asEditor.get(API + "/" + created.id());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("draft");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.text("body")).isEqualTo("The body of Draft only.");
        site.page(created.text("path"), 404);
    }

    @Test
    void patch_with_the_current_version_saves_and_raises_the_version() {
        Response created = create(ApiClient.draft("First title"));

        Response saved = asAuthor.patch(API + "/" + created.id(), Map.of("version", 1, "title", "Second title",
                "place", "London"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.text("title")).isEqualTo("Second title");
        assertThat(saved.text("lead")).isEqualTo("The lead of First title");
        assertThat(saved.text("place")).isEqualTo("London");
        assertThat(saved.text("path")).endsWith("-second-title");
    }

    @Test
    void a_stale_version_gets_409_with_the_current_version_and_what_changed() {
        Response created = create(ApiClient.draft("Shared draft"));
        String url = API + "/" + created.id();
        asEditor.patch(url, Map.of("version", 1, "title", "Editor's title", "body", "Editor's body."));

        Response stale = asAuthor.patch(url, Map.of("version", 1, "lead", "Author's lead"));

        assertProblem(stale, 409);
        assertThat(stale.text("type")).isEqualTo("urn:chancery:problem:version-conflict");
        assertThat(stale.json().path("yourVersion").asLong()).isEqualTo(1);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.json().path("changes").findValuesAsText("field")).containsExactly("title", "body");
        assertThat(stale.json().path("changes").get(0).path("before").asText()).isEqualTo("Shared draft");
        assertThat(stale.json().path("changes").get(0).path("after").asText()).isEqualTo("Editor's title");
        assertThat(stale.json().at("/current/version").asLong()).isEqualTo(2);
        Response now = asAuthor.get(url);
        assertThat(now.text("lead")).isEqualTo("The lead of Shared draft");
        assertThat(now.text("title")).isEqualTo("Editor's title");
    }

    @Test
    void a_change_of_state_also_makes_an_older_version_stale() {
        Response created = create(ApiClient.draft("Submitted meanwhile"));
        asAuthor.post(API + "/" + created.id() + "/submit", null);

        Response stale = asEditor.patch(API + "/" + created.id(), Map.of("version", 1, "title", "Too late"));

        assertProblem(stale, 409);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.json().path("changes").isEmpty()).isTrue();
    }

    @Test
    void revisions_list_every_save_with_author_time_and_note() {
        Response created = create(ApiClient.draft("Revised"));
        String url = API + "/" + created.id();
        asAuthor.patch(url, Map.of("version", 1, "body", "Second body.", "changeNote", "tightened"));

        Response revisions = asAuthor.get(url + "/revisions");

        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.json().path("publicationId").asLong()).isEqualTo(created.id());
        var list = revisions.json().path("revisions");
        assertThat(list).hasSize(2);
        assertThat(list.findValuesAsText("number")).containsExactly("1", "2");
        assertThat(list.findValuesAsText("version")).containsExactly("1", "2");
        assertThat(list.findValuesAsText("authorEmail")).containsOnly("ann@embassy.test");
        assertThat(list.get(1).path("changeNote").asText()).isEqualTo("tightened");
        assertThat(list.get(1).path("at").asText()).isEqualTo("2020-05-26T09:57:00Z");
    }

    @Test
    void missing_or_unknown_token_gets_401_with_a_bearer_challenge() {
        for (ApiClient client : List.of(new ApiClient(site, null), new ApiClient(site, "chy_not-a-token"))) {
            Response response = client.post(API, ApiClient.draft("Anonymous"));

            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        // GET /api/v1/publications/1 without a token is the read API's (ReadApiHttpTest)
        assertProblem(new ApiClient(site, null).get(API + "/1/revisions"), 401);
    }

    @Test
    void a_disabled_users_token_no_longer_works() {
        Staff staff = Staff.of(site);
        Staff.Member leaver = staff.add("leaver@embassy.test", Role.EDITOR);
        staff.accounts().disable("leaver@embassy.test");

        assertProblem(ApiClient.as(site, leaver).get(API + "/1"), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"title\": }", "[1, 2]", "\"text\"", "{\"title\": \"a\", \"title\": \"b\"}"})
    void malformed_json_gets_400(String body) {
        Response response = asAuthor.post(API, body);

        assertProblem(response, 400);
        assertThat(response.text("type")).isEqualTo("urn:chancery:problem:malformed-request");
    }

    @Test
    void invalid_fields_get_422_listing_every_one() {
        Response response = create(Map.of("type", "memo", "language", "xx", "title", " ", "eventDate", "29.04.2020",
                "featured", "yes", "speakers", List.of("Question", ""), "colour", "red"));

        assertProblem(response, 422);
        assertThat(response.text("type")).isEqualTo("urn:chancery:problem:invalid-fields");
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("colour", "featured");
        Response semantic = create(Map.of("type", "memo", "language", "xx", "title", " ", "eventDate", "29.04.2020",
                "speakers", List.of("Question", "")));
        assertThat(semantic.json().path("errors").findValuesAsText("field"))
                .containsExactly("type", "language", "title", "eventDate", "speakers[1]");
        assertThat(semantic.json().path("errors").findValuesAsText("pointer"))
                .containsExactly("#/type", "#/language", "#/title", "#/eventDate", "#/speakers/1");
    }

    @Test
    void patch_without_a_version_is_invalid() {
        Response created = create(ApiClient.draft("Versionless"));

        Response response = asAuthor.patch(API + "/" + created.id(), Map.of("title", "x"));

        assertProblem(response, 422);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("version");
    }

    @ParameterizedTest
    @ValueSource(strings = {API + "/999999", API + "/abc", API + "/0", API + "/999999/revisions", "/api/v1/nothing"})
    void unknown_publications_and_routes_get_404_as_problem_details(String path) {
        assertProblem(asAuthor.get(path), 404);
    }

    @Test
    void acting_on_an_unknown_publication_gets_404() {
        assertProblem(asEditor.post(API + "/999999/publish", null), 404);
        assertProblem(asEditor.patch(API + "/999999", Map.of("version", 1)), 404);
    }

    @Test
    void a_body_over_two_mebibytes_gets_413_and_the_saved_draft_stays_intact() {
        Response created = create(ApiClient.draft("Large"));
        String huge = "a".repeat(2 * 1024 * 1024 + 1);

        Response response = asAuthor.patch(API + "/" + created.id(), Map.of("version", 1, "body", huge));

        assertProblem(response, 413);
        Response now = asAuthor.get(API + "/" + created.id());
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.text("body")).isEqualTo("The body of Large.");
        assertThat(asAuthor.get(API + "/" + created.id() + "/revisions").json().path("revisions")).hasSize(1);
    }

    @Test
    void a_body_of_exactly_two_mebibytes_is_accepted() {
        Response created = create(ApiClient.draft("Just fits"));

        Response response = asAuthor.patch(API + "/" + created.id(),
                Map.of("version", 1, "body", "б".repeat(1024 * 1024)));

        assertThat(response.status()).as(response.text("detail")).isEqualTo(200);
    }

    @Test
    void a_request_over_the_limit_is_refused_with_413_before_it_is_read() throws IOException {
        // The client declares the length and waits for "100 Continue" before sending the body, as curl
        // does for large uploads: a server that read the body would ask for it; this one must answer at once.
        String head = "POST " + API + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + author.token() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (ApiJson.MAX_REQUEST_BYTES + 1) + "\r\n"
                + "Expect: 100-continue\r\n\r\n";

        try (Socket socket = new Socket("localhost", site.app().port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String response = responseHead(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413 ");
            assertThat(response.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        }
    }

    /** The status line and headers of the first response on the socket, read up to the blank line. */
    private static String responseHead(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
