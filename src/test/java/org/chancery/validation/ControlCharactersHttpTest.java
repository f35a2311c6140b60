package org.chancery.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.Browser;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Control characters are refused wherever text comes in, on SQLite and on PostgreSQL (which fails on
 * U+0000 in any text it is sent): a 422 naming the field for forms and the API, a clean refusal on
 * sign-in, a 400 naming a query parameter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersHttpTest {
    private static final String API = "/api/v1/publications";

    private final Map<TestDatabase.Kind, TestSite> sites = new EnumMap<>(TestDatabase.Kind.class);

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private TestSite site(TestDatabase.Kind kind) {
        return sites.computeIfAbsent(kind, k -> TestSite.start(k.create(), TestSite.SEED_INSTANT, c -> c));
    }

    @AfterAll
    void stop() {
        sites.values().forEach(TestSite::close);
    }

    private static ApiClient author(TestSite site) {
        return ApiClient.as(site, Staff.of(site).add("author." + System.nanoTime() + "@embassy.test", Role.AUTHOR));
    }

    private static List<String> fields(Response refused) {
        return refused.json().path("errors").findValuesAsText("field");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_api_refuses_a_control_character_in_any_field_naming_it(TestDatabase.Kind kind) {
        ApiClient api = author(site(kind));

        Response title = api.post(API, Map.of("type", "statement", "language", "en", "title", "Mission\u0001 day"));
        Response body = api.post(API, Map.of("type", "statement", "language", "en", "title", "Fine",
                "body", "Text\u0000", "tags", List.of("ok", "bad\ufffe")));

        assertThat(title.status()).as(title.body()).isEqualTo(422);
        assertThat(fields(title)).containsExactly("title");
        assertThat(title.text("detail")).contains("U+0001");
        assertThat(body.status()).as(body.body()).isEqualTo(422);
        assertThat(fields(body)).containsExactlyInAnyOrder("body", "tags[1]");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_edit_a_reason_and_a_change_note_are_checked_too(TestDatabase.Kind kind) {
        TestSite site = site(kind);
        ApiClient editor = ApiClient.as(site, Staff.of(site).add("ed." + System.nanoTime() + "@embassy.test",
                Role.EDITOR));
        long id = editor.post(API, ApiClient.draft("Clean")).id();

        Response edit = editor.patch(API + "/" + id, Map.of("version", 1, "lead", "\u0000lead"));
        Response publish = editor.post(API + "/" + id + "/publish", Map.of("force", true, "reason", "now\u0000"));

        assertThat(edit.status()).as(edit.body()).isEqualTo(422);
        assertThat(fields(edit)).containsExactly("lead");
        assertThat(publish.status()).as(publish.body()).isEqualTo(422);
        assertThat(fields(publish)).containsExactly("reason");
        assertThat(editor.get(API + "/" + id).text("status")).isEqualTo("draft");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_editor_form_shows_the_refusal_beside_the_title(TestDatabase.Kind kind) {
        Browser author = site(kind).signedIn("form." + System.nanoTime() + "@embassy.test", Role.AUTHOR);

        HttpResponse<String> refused = author.submit("/admin/publications/new", "form.editor-form",
                Map.of("type", "statement", "title", "Bad\u0001title", "body", "Text."));

        Document page = Browser.parse(Browser.expect(refused, 422));
        assertThat(page.select(".field-title .field-error").text()).contains("control character (U+0001");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_masthead_and_a_static_page_refuse_them_beside_the_field(TestDatabase.Kind kind) {
        Browser admin = site(kind).signedIn("admin." + System.nanoTime() + "@embassy.test", Role.ADMIN);

        HttpResponse<String> masthead = admin.submit("/admin/masthead", "form.masthead-form",
                Map.of("missionName", "Embassy\u0001"));
        HttpResponse<String> page = admin.submit("/admin/pages/new", "form.page-form",
                Map.of("lang", "en", "title", "Visas", "slug", "visas-2", "body", "Text \u0000"));

        assertThat(Browser.parse(Browser.expect(masthead, 422)).text()).contains("control character (U+0001");
        assertThat(Browser.parse(Browser.expect(page, 422)).text()).contains("control character (U+0000");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_nul_in_the_e_mail_on_sign_in_is_a_wrong_e_mail_not_a_failure(TestDatabase.Kind kind) {
        HttpResponse<String> response = site(kind).browser().submit("/admin/sign-in", "form.sign-in",
                Map.of("email", "ed\u0000@embassy.test", "password", TestSite.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(response).select("p.form-error").text())
                .isEqualTo("The e-mail address or the password is not correct.");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_control_character_in_a_query_is_a_400_naming_the_parameter(TestDatabase.Kind kind) {
        TestSite site = site(kind);
        Browser admin = site.signedIn("audit." + System.nanoTime() + "@embassy.test", Role.ADMIN);

        for (String path : List.of("/en/news?type=%00", "/en/search?q=visa%00", "/en/search?q=%01",
                "/en/news?year=2020&x%00=1")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(Browser.parse(response).text()).as(path).contains("control character");
        }
        HttpResponse<String> audit = admin.get("/admin/audit?actor=x%00y");
        assertThat(audit.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(audit).text()).contains("“actor”");
        for (String path : List.of("/en/vis%00as", "/en/news/1-%01", "/ru/%00", "/admin/pages/%00")) {
            assertThat(admin.get(path).statusCode()).as(path).isIn(301, 400, 404);
        }
        ApiClient.Response api = author(site).get("/api/v1/search?q=%00");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }
}
