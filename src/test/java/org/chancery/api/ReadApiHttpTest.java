package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read API of the sample site at https://embassy.example, without a token. */
class ReadApiHttpTest {
    private static final String BASE = "https://embassy.example";
    private static final String API = "/api/v1/publications";
    private static TestSite site;
    private static ApiClient anyone;
    private static ApiClient editor;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withBaseUrl(URI.create(BASE)));
        anyone = new ApiClient(site, null);
        editor = ApiClient.as(site, Staff.of(site).add("ed@embassy.test", Role.EDITOR));
        site.indexed();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Response ok(String path) {
        Response response = anyone.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response;
    }

    private static long published(String title) {
        long id = editor.post(API, ApiClient.draft(title)).id();
        editor.post(API + "/" + id + "/publish", Map.of("force", true, "reason", "tests"));
        return id;
    }

    private static List<String> titles(JsonNode page) {
        return page.path("items").findValuesAsText("title");
    }

    /** Follows the next links from {@code path}, returning every item's id in order. */
    private static List<Long> walk(String path) {
        List<Long> ids = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = ok(next).json();
            page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
            next = page.path("next").isNull() ? null : URI.create(page.path("next").asText()).getRawPath() + "?"
                    + URI.create(page.path("next").asText()).getRawQuery();
        }
        return ids;
    }

    @Test
    void the_list_holds_published_items_newest_first_with_absolute_addresses() {
        // published before the tests' own publications, which appear at the seed's instant
        JsonNode page = ok(API + "?until=2020-05-26&language=en").json();

        assertThat(page.path("items")).hasSize(11);
        assertThat(ok(API + "?until=2020-05-26&language=ru").json().path("items")).hasSize(2);
        assertThat(page.path("next").isNull()).isTrue();
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("title").asText()).isEqualTo("Foreign Minister Sergey Lavrov’s interview with the RBC media holding on current international issues");
        assertThat(first.path("url").asText()).isEqualTo(BASE + first.path("path").asText());
        assertThat(first.has("body")).isFalse();
        assertThat(page.path("items").findValuesAsText("publishedAt")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void keyset_pages_follow_next_links_with_the_same_filters_and_never_repeat_an_item() {
        Response first = ok(API + "?limit=2&type=interview");

        String next = first.json().path("next").asText();
        assertThat(next).startsWith(BASE + API + "?").contains("type=interview").contains("limit=2").contains("cursor=");
        assertThat(first.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
        List<Long> walked = walk(API + "?limit=2&type=interview");
        List<Long> all = new ArrayList<>();
        ok(API + "?type=interview&limit=100").json().path("items").forEach(i -> all.add(i.path("id").asLong()));
        assertThat(walked).isEqualTo(all).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    }

    @Test
    void a_publication_published_between_pages_does_not_shift_the_next_page() {
        JsonNode first = ok(API + "?limit=4").json();
        String next = first.path("next").asText();

        published("Published between two pages");

        JsonNode second = anyone.get(next.substring(BASE.length())).json();
        assertThat(second.path("items").get(0).path("id").asLong())
                .isNotEqualTo(first.path("items").get(3).path("id").asLong());
        assertThat(titles(second)).doesNotContain("Published between two pages").doesNotContainAnyElementsOf(titles(first));
    }

    @ParameterizedTest
    @CsvSource({
        "since=2020-05-09&until=2020-05-10, 4",
        "since=2020-05-14T00:00:00%2B03:00&until=2020-05-15, 2",
        "language=en&type=statement&until=2020-05-26, 2",
        "type=consular-notice, 0"})
    void filters_narrow_the_list(String query, int expected) {
        assertThat(ok(API + "?" + query).json().path("items")).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource({"language=xx, language", "type=gossip, type", "since=yesterday, since", "until=2020-13-01, until",
        "limit=0, limit", "limit=101, limit", "cursor=abc, cursor"})
    void a_parameter_that_makes_no_sense_is_a_400_naming_it(String query, String parameter) {
        Response response = anyone.get(API + "?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("type")).isEqualTo("urn:chancery:problem:invalid-parameter");
        assertThat(response.text("parameter")).isEqualTo(parameter);
    }

    @Test
    void an_unchanged_answer_is_304_to_a_client_that_has_its_etag() {
        Response first = ok(API + "?limit=2");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.send(HttpRequest.newBuilder(URI.create(site.url(API + "?limit=2")))
                .header("If-None-Match", etag).build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void any_origin_may_read_and_a_preflight_allows_get_only() {
        Response list = ok(API);
        HttpResponse<String> preflight = site.send(HttpRequest.newBuilder(URI.create(site.url(API + "/1")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build());

        assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(list.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag, Link");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("If-None-Match");
        assertThat(editor.post(API, ApiClient.draft("No CORS for writes")).headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void without_a_token_a_publication_is_what_readers_see() {
        Map<String, Object> fields = new HashMap<>(ApiClient.draft("Linked statement"));
        fields.put("body", "See [the interview](/en/news/1).");
        long id = editor.post(API, fields).id();
        editor.post(API + "/" + id + "/publish", Map.of("force", true, "reason", "tests"));

        JsonNode item = ok(API + "/" + id).json();

        assertThat(item.path("status").asText()).isEqualTo("published");
        assertThat(item.path("bodyHtml").asText()).contains("href=\"" + BASE + "/en/news/1\"");
        assertThat(item.path("bodyText").asText()).isEqualTo("See the interview.");
        assertThat(item.path("url").asText()).startsWith(BASE + "/en/news/" + id + "-");
        assertThat(item.has("version")).isFalse();
        assertThat(item.has("body")).isFalse();
        assertThat(item.path("withdrawal").isNull()).isTrue();
        assertThat(anyone.get(API + "/" + id).headers().firstValue("Vary")).hasValue("Authorization");
    }

    @Test
    void a_draft_is_not_found_without_a_token_and_readable_with_one() {
        long id = editor.post(API, ApiClient.draft("Draft for the press office")).id();

        Response withoutToken = anyone.get(API + "/" + id);
        Response withToken = editor.get(API + "/" + id);

        assertThat(withoutToken.status()).isEqualTo(404);
        assertThat(withoutToken.contentType()).startsWith("application/problem+json");
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.text("status")).isEqualTo("draft");
        assertThat(withToken.json().has("version")).isTrue();
        assertThat(new ApiClient(site, "chy_not-a-token").get(API + "/" + id).status()).isEqualTo(401);
    }

    @Test
    void a_withdrawn_publication_carries_its_notice_and_an_unpublished_one_is_gone() {
        long withdrawn = published("To be withdrawn");
        editor.post(API + "/" + withdrawn + "/withdraw", Map.of("reason", "Superseded by the notice of 1 June."));
        long replaced = published("To be replaced");
        editor.post(API + "/" + replaced + "/unpublish", Map.of("replacement", "/en/news/1"));

        JsonNode notice = ok(API + "/" + withdrawn).json();
        Response gone = anyone.get(API + "/" + replaced);

        assertThat(notice.path("status").asText()).isEqualTo("withdrawn");
        assertThat(notice.at("/withdrawal/reason").asText()).isEqualTo("Superseded by the notice of 1 June.");
        assertThat(notice.at("/withdrawal/at").asText()).isEqualTo("2020-05-26T09:57:00Z");
        assertThat(titles(ok(API + "?limit=100").json())).doesNotContain("To be withdrawn", "To be replaced");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text("replacement")).isEqualTo(BASE + "/en/news/1");
    }

    @Test
    void search_answers_hits_with_the_ranges_of_the_matching_words() {
        JsonNode results = ok("/api/v1/search?q=pandemics").json();

        assertThat(results.path("total").asLong()).isPositive();
        JsonNode hit = results.path("hits").get(0);
        String snippet = hit.path("snippet").asText();
        assertThat(hit.path("highlights")).isNotEmpty().allSatisfy(range -> assertThat(
                snippet.substring(range.get(0).asInt(), range.get(1).asInt()).toLowerCase()).startsWith("pandemic"));
        assertThat(hit.path("url").asText()).startsWith(BASE + "/en/news/");
        assertThat(results.at("/facets/type/0/value").asText()).isNotBlank();
        assertThat(results.path("problem").isNull()).isTrue();
    }

    @Test
    void search_reports_its_reading_of_a_broken_query_and_asks_for_words() {
        JsonNode broken = ok("/api/v1/search?q=%22world+order").json();
        Response empty = anyone.get("/api/v1/search?q=");

        assertThat(broken.path("problem").asText()).isEqualTo("quote");
        assertThat(broken.path("reading").asText()).isEqualTo("\"world order\"");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("parameter")).isEqualTo("q");
    }
}
