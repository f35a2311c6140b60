package org.chancery.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.audit.AuditLog;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Static pages: editors write them under /admin/pages, readers find them at /{lang}/{slug}. */
class StaticPagesHttpTest {
    private static TestSite site;
    private static Browser editor;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        editor = site.signedIn("pages.editor@embassy.example", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static HttpResponse<String> create(Browser browser, String title, String slug, String body) {
        return browser.submit("/admin/pages/new", "form.page-form",
                Map.of("lang", "en", "title", title, "slug", slug, "body", body));
    }

    /** Creates a page and returns the address of its edit form. */
    private static String created(Browser browser, String title, String slug, String body) {
        HttpResponse<String> response = Browser.expect(create(browser, title, slug, body), 303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/admin/pages/\\d+\\?saved");
        return location.substring(0, location.indexOf('?'));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_saved_page_is_public_at_its_address_rendered_and_sanitized(TestDatabase.Kind kind) {
        try (TestSite own = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Browser browser = own.signedIn("writer@embassy.example", Role.EDITOR);
            String edit = created(browser, "Opening hours", "", "The consular section is open **on weekdays**."
                    + "\n\n<script>alert(1)</script>\n\n[Visas](/en/visas)");
            Document saved = browser.page(edit + "?saved");

            Document page = own.page("/en/opening-hours");

            assertThat(page.title()).startsWith("Opening hours | ");
            assertThat(page.select("main article.static-page h1").text()).isEqualTo("Opening hours");
            assertThat(page.select("main .page-body p strong").text()).isEqualTo("on weekdays");
            assertThat(page.select("main .page-body a").attr("href")).isEqualTo("/en/visas");
            assertThat(page.select("main script")).isEmpty();
            assertThat(page.select("header.site-header .masthead")).hasSize(1);
            assertThat(saved.select(".form-notice a.public").attr("href")).isEqualTo("/en/opening-hours");
            assertThat(saved.select("input[name=slug]").val()).isEqualTo("opening-hours");
        }
    }

    @Test
    void the_sample_site_has_its_consular_pages() {
        Document page = site.page("/en/consular-services");

        assertThat(page.select("main h1").text()).isEqualTo("Consular services");
        assertThat(page.select("main .page-body h2").eachText()).contains("Appointments", "Fees");
        assertThat(site.page("/en/visas").select("main h1").text()).isEqualTo("Visas");
        assertThat(site.page("/en/contacts").select("main h1").text()).isEqualTo("Contacts");
    }

    @Test
    void an_unknown_slug_is_a_404_in_the_site_layout() {
        Document page = site.page("/en/no-such-page", 404);

        assertThat(page.select("main section.error.status-404 h1").text()).isEqualTo("Page not found");
        assertThat(page.select("header.site-header nav.site-nav")).hasSize(1);
    }

    @Test
    void the_sites_own_addresses_still_answer_beside_static_pages() {
        assertThat(site.get("/assets/site.css").statusCode()).isEqualTo(200);
        assertThat(site.page("/en/news").select("h1").text()).isEqualTo("All messages");
        assertThat(site.get("/healthz").body()).isEqualTo("ok");
        assertThat(editor.get("/admin/news").statusCode()).isEqualTo(404);
    }

    @Test
    void a_reserved_slug_is_refused_beside_the_field_with_everything_typed_kept() {
        HttpResponse<String> response = create(editor, "Latest news", "news", "Our **news** page.");

        Document form = Browser.parse(Browser.expect(response, 422));
        assertThat(form.select("p.form-error").text()).contains("Nothing has been saved.");
        assertThat(form.select("input[name=slug] + .field-error").text())
                .isEqualTo("The address “news” belongs to the site itself. Choose another one.");
        assertThat(form.select("input[name=slug]").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("input[name=title]").val()).isEqualTo("Latest news");
        assertThat(form.select("textarea[name=body]").text()).isEqualTo("Our **news** page.");
        assertThat(editor.page("/admin/pages").select("table.pages a.edit").eachText()).doesNotContain("Latest news");
    }

    @Test
    void every_reserved_name_is_refused() {
        for (String slug : ReservedSlugs.ALL) {
            Document form = Browser.parse(Browser.expect(create(editor, "Reserved " + slug, slug, "Text."), 422));

            assertThat(form.select("input[name=slug] + .field-error").text()).as(slug).isNotEmpty();
        }
    }

    @Test
    void a_title_that_makes_a_reserved_slug_is_refused_too() {
        Document form = Browser.parse(Browser.expect(create(editor, "Admin", "", "Text."), 422));

        assertThat(form.select("input[name=slug] + .field-error").text()).contains("“admin”");
    }

    @Test
    void missing_and_malformed_fields_are_all_reported_at_once() {
        Document form = Browser.parse(Browser.expect(create(editor, " ", "Visa Rules!", ""), 422));

        assertThat(form.select("input[name=title] + .field-error").text()).isEqualTo("Fill in this field.");
        assertThat(form.select("input[name=slug] + .field-error").text()).startsWith("Use only lower-case letters");
        assertThat(form.select("textarea[name=body] + .field-error").text()).isEqualTo("Fill in this field.");
        assertThat(form.select("input[name=slug]").val()).isEqualTo("Visa Rules!");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_slug_is_unique_within_a_language(TestDatabase.Kind kind) {
        try (TestSite own = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Browser browser = own.signedIn("writer@embassy.example", Role.EDITOR);
            created(browser, "Passports", "passports", "First.");

            Document form = Browser.parse(Browser.expect(create(browser, "Passports again", "passports", "Second."), 422));

            assertThat(form.select("input[name=slug] + .field-error").text())
                    .isEqualTo("Another page already has the address /en/passports.");
            assertThat(own.page("/en/passports").select("main .page-body").text()).isEqualTo("First.");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_save_over_someone_elses_is_a_409_that_keeps_the_typed_text_and_shows_theirs(TestDatabase.Kind kind) {
        try (TestSite own = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Browser first = own.signedIn("first@embassy.example", Role.EDITOR);
            Browser second = own.signedIn("second@embassy.example", Role.EDITOR);
            String edit = created(first, "Visa rules", "visa-rules", "Version one.");
            Document staleForm = second.page(edit);
            Browser.expect(first.submit(edit, "form.page-form", Map.of("body", "Version two, by the first.")), 303);

            HttpResponse<String> stale = second.submit(staleForm.selectFirst("form.page-form"),
                    Map.of("body", "Version two, by the second."));

            Document conflict = Browser.parse(Browser.expect(stale, 409));
            assertThat(conflict.select("section.conflict h2").text()).isEqualTo("Someone else saved this page meanwhile");
            assertThat(conflict.select("section.conflict .their-body").text()).isEqualTo("Version two, by the first.");
            assertThat(conflict.select("form.page-form textarea[name=body]").text()).isEqualTo("Version two, by the second.");
            assertThat(own.page("/en/visa-rules").select("main .page-body").text()).isEqualTo("Version two, by the first.");

            HttpResponse<String> again = second.submit(conflict.selectFirst("form.page-form"), Map.of());

            Browser.expect(again, 303);
            assertThat(own.page("/en/visa-rules").select("main .page-body").text()).isEqualTo("Version two, by the second.");
        }
    }

    @Test
    void a_save_of_a_page_deleted_meanwhile_offers_to_create_it_again() {
        String edit = created(editor, "Closures", "closures", "Closed on public holidays.");
        Document staleForm = editor.page(edit);
        Browser.expect(editor.submit(edit + "/delete", "form.page-delete", Map.of()), 303);

        HttpResponse<String> stale = editor.submit(staleForm.selectFirst("form.page-form"),
                Map.of("body", "Closed on public holidays of both countries."));

        Document conflict = Browser.parse(Browser.expect(stale, 409));
        assertThat(conflict.select("section.conflict h2").text()).isEqualTo("Someone else deleted this page meanwhile");
        assertThat(conflict.select("form.page-form").attr("action")).isEqualTo("/admin/pages");
        assertThat(conflict.select("textarea[name=body]").text()).isEqualTo("Closed on public holidays of both countries.");
    }

    @Test
    void deleting_asks_first_and_then_the_address_is_a_404() {
        String edit = created(editor, "Temporary notice", "temporary-notice", "Soon gone.");
        site.page("/en/temporary-notice");

        Document confirm = editor.page(edit + "/delete");
        assertThat(confirm.select("h1").text()).isEqualTo("Delete the page “Temporary notice”?");
        HttpResponse<String> deleted = editor.submit(confirm.selectFirst("form.page-delete"), Map.of());

        assertThat(deleted.headers().firstValue("Location")).hasValue("/admin/pages?deleted");
        site.page("/en/temporary-notice", 404);
        assertThat(editor.page(edit, 404).select("main section.error")).hasSize(1);
    }

    @Test
    void deleting_a_page_changed_since_the_question_asks_again_with_409() {
        String edit = created(editor, "Fees", "fees", "Old fees.");
        Document confirm = editor.page(edit + "/delete");
        Browser.expect(editor.submit(edit, "form.page-form", Map.of("body", "New fees.")), 303);

        HttpResponse<String> stale = editor.submit(confirm.selectFirst("form.page-delete"), Map.of());

        Document again = Browser.parse(Browser.expect(stale, 409));
        assertThat(again.select("p.form-error").text()).startsWith("Someone else changed this page");
        assertThat(site.page("/en/fees").select("main .page-body").text()).isEqualTo("New fees.");
    }

    @Test
    void the_list_shows_every_page_with_its_public_address() {
        created(editor, "Legalisation of documents", "", "Text.");

        Document list = editor.page("/admin/pages");

        assertThat(list.select("table.pages a.public").eachAttr("href")).contains("/en/legalisation-of-documents");
        assertThat(list.select("a.new-page").attr("href")).isEqualTo("/admin/pages/new");
    }

    @Test
    void saves_and_deletions_are_audited() {
        String edit = created(editor, "Audited page", "audited-page", "One.");
        Browser.expect(editor.submit(edit, "form.page-form", Map.of("slug", "audited")), 303);
        Browser.expect(editor.submit(edit + "/delete", "form.page-delete", Map.of()), 303);
        String subject = "page:" + edit.substring(edit.lastIndexOf('/') + 1);

        assertThat(new AuditLog(site.app().database().jdbi()).about(subject))
                .extracting(e -> e.action() + " " + e.actor() + " " + e.detail())
                .containsExactly("page.create pages.editor@embassy.example /en/audited-page",
                        "page.update pages.editor@embassy.example /en/audited-page -> /en/audited",
                        "page.delete pages.editor@embassy.example /en/audited Audited page");
    }

    @Test
    void an_author_may_not_manage_pages() {
        Browser author = site.signedIn("pages.author@embassy.example", Role.AUTHOR);

        assertThat(author.get("/admin/pages").statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/pages/new").statusCode()).isEqualTo(403);
        String token = author.page("/admin").select("form.sign-out input[name=_csrf]").val();
        assertThat(author.post("/admin/pages", Map.of("_csrf", token, "lang", "en", "title", "Mine", "slug", "",
                "body", "Mine.")).statusCode()).isEqualTo(403);
        site.page("/en/mine", 404);
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_saves_nothing() {
        HttpResponse<String> response = editor.post("/admin/pages", Map.of("lang", "en", "title", "Forged",
                "slug", "forged", "body", "Forged."));

        assertThat(response.statusCode()).isEqualTo(403);
        site.page("/en/forged", 404);
    }

    @Test
    void without_a_session_the_editor_goes_to_sign_in() {
        HttpResponse<String> response = site.browser().get("/admin/pages");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sign-in?return=%2Fadmin%2Fpages");
    }
}
