package org.chancery.menu;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The site's navigation: administrators edit it at /admin/menu, every public page shows it. */
class MenuHttpTest {
    private TestSite site;
    private Browser admin;

    @BeforeEach
    void start() {
        site = TestSite.sample();
        admin = site.signedIn("menu.admin@embassy.example", Role.ADMIN);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static Element menuForm(Document page) {
        return page.selectFirst("form.menu-form");
    }

    private Document nav(String path) {
        return site.page(path);
    }

    @Test
    void public_pages_show_the_sample_menu() {
        Document home = nav("/en/");

        assertThat(home.select("nav.site-nav a").eachText())
                .containsExactly("Home", "All messages", "Consular services", "Visas", "Contacts");
        assertThat(home.select("nav.site-nav a").eachAttr("href"))
                .containsExactly("/en/", "/en/news", "/en/consular-services", "/en/visas", "/en/contacts");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_saved_menu_is_on_the_very_next_page(TestDatabase.Kind kind) {
        try (TestSite own = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Browser browser = own.signedIn("menu.owner@embassy.example", Role.ADMIN);
            own.page("/en/");

            HttpResponse<String> saved = browser.submit("/admin/menu", "form.menu-form",
                    Map.of("items[2].label", "Consular section", "items[4].url", "https://example.org/contact"));

            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(saved.headers().firstValue("Location")).hasValue("/admin/menu?lang=en&saved");
            Document home = own.page("/en/");
            assertThat(home.select("nav.site-nav a").eachText()).contains("Consular section").doesNotContain("Consular services");
            assertThat(home.select("nav.site-nav a").eachAttr("href")).last().isEqualTo("https://example.org/contact");
            assertThat(own.page("/en/news").select("nav.site-nav a").eachText()).contains("Consular section");
        }
    }

    @Test
    void rows_are_added_moved_and_removed_by_plain_form_posts_and_saved_only_with_save() {
        Document added = Browser.parse(Browser.expect(admin.submit(menuForm(admin.page("/admin/menu")),
                Map.of("add", "items")), 200));
        assertThat(added.select("tr.menu-row")).hasSize(6);
        assertThat(added.select("p.form-notice").text()).startsWith("Not saved yet");

        Document moved = Browser.parse(admin.submit(menuForm(added),
                Map.of("items[5].label", "Passports", "items[5].url", "/en/passports", "up", "items:5")));
        assertThat(moved.select("tr.menu-row input[name$=.label]").eachAttr("value"))
                .containsExactly("Home", "All messages", "Consular services", "Visas", "Passports", "Contacts");

        Document removed = Browser.parse(admin.submit(menuForm(moved), Map.of("remove", "items:0")));
        assertThat(removed.select("tr.menu-row input[name$=.label]").eachAttr("value"))
                .containsExactly("All messages", "Consular services", "Visas", "Passports", "Contacts");
        assertThat(nav("/en/").select("nav.site-nav a").eachText()).startsWith("Home").doesNotContain("Passports");

        Browser.expect(admin.submit(menuForm(removed), Map.of()), 303);
        assertThat(nav("/en/").select("nav.site-nav a").eachText())
                .containsExactly("All messages", "Consular services", "Visas", "Passports", "Contacts");
    }

    @Test
    void an_address_that_is_neither_local_nor_http_is_refused_beside_its_field_with_everything_kept() {
        HttpResponse<String> response = admin.submit("/admin/menu", "form.menu-form",
                Map.of("items[1].url", "javascript:alert(1)", "items[3].label", " ", "items[0].label", "Start"));

        Document form = Browser.parse(Browser.expect(response, 422));
        assertThat(form.select("input[name=items[1].url] + .field-error").text()).startsWith("Give a path on this site");
        assertThat(form.select("input[name=items[3].label] + .field-error").text()).isEqualTo("Fill in this field.");
        assertThat(form.select("input[name=items[1].url]").val()).isEqualTo("javascript:alert(1)");
        assertThat(form.select("input[name=items[0].label]").val()).isEqualTo("Start");
        assertThat(nav("/en/").select("nav.site-nav a").eachText()).startsWith("Home");
    }

    @Test
    void protocol_relative_and_backslash_addresses_are_refused() {
        for (String url : new String[] {"//evil.example/", "/\\evil.example", "ftp://example.org/", "https://"}) {
            HttpResponse<String> response = admin.submit("/admin/menu", "form.menu-form", Map.of("items[0].url", url));

            assertThat(response.statusCode()).as(url).isEqualTo(422);
        }
    }

    @Test
    void without_links_the_pages_show_home_and_all_messages() {
        Document form = admin.page("/admin/menu");
        Map<String, String> emptied = new java.util.HashMap<>();
        form.select("tr.menu-row input").forEach(input -> emptied.put(input.attr("name"), ""));

        Browser.expect(admin.submit(menuForm(form), emptied), 303);

        assertThat(admin.page("/admin/menu").select("tr.menu-row")).isEmpty();
        assertThat(nav("/en/").select("nav.site-nav a").eachAttr("href")).containsExactly("/en/", "/en/news");
    }

    @Test
    void saving_the_menu_is_audited() {
        Browser.expect(admin.submit("/admin/menu", "form.menu-form", Map.of("items[4].label", "Contact us")), 303);

        assertThat(new AuditLog(site.app().database().jdbi()).about("menu:en"))
                .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
                .containsExactly("menu.admin@embassy.example menu.update"
                        + " Home | All messages | Consular services | Visas | Contact us");
    }

    @Test
    void only_administrators_edit_the_menu() {
        Browser editor = site.signedIn("menu.editor@embassy.example", Role.EDITOR);
        String token = editor.page("/admin").select("form.sign-out input[name=_csrf]").val();

        assertThat(editor.get("/admin/menu").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/menu", Map.of("_csrf", token, "lang", "en", "items[0].label", "Mine",
                "items[0].url", "/en/mine")).statusCode()).isEqualTo(403);
        assertThat(nav("/en/").select("nav.site-nav a").eachText()).doesNotContain("Mine");
    }

    @Test
    void a_menu_form_without_its_csrf_token_is_refused() {
        HttpResponse<String> response = admin.post("/admin/menu", Map.of("lang", "en", "items[0].label", "Forged",
                "items[0].url", "/en/forged"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(nav("/en/").select("nav.site-nav a").eachText()).doesNotContain("Forged");
    }

    @Test
    void an_unknown_language_has_no_menu_editor() {
        assertThat(admin.get("/admin/menu?lang=xx").statusCode()).isEqualTo(404);
    }
}
