package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.account.Role;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles and CSRF tokens, checked on the server for every press office page and form. */
class AccessHttpTest {
    private static final String FORGED = "The form has expired or did not come from this site."
            + " Go back, reload the page and try again.";
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, String> passwordChange(String csrf) {
        return Map.of("_csrf", csrf, "current", TestSite.PASSWORD, "password", "a whole new password",
                "repeat", "a whole new password");
    }

    @Test
    void an_author_asking_for_an_admin_page_gets_403_in_the_admin_layout() {
        Browser author = site.signedIn("author.one@embassy.example", Role.AUTHOR);

        Document page = author.page("/admin/users", 403);

        assertThat(page.select("main section.error.status-403 h1").text()).isEqualTo("Not allowed");
        assertThat(page.select("main section.error p").first().text()).isEqualTo("Your role does not allow this.");
        assertThat(page.select("header.admin-header .admin-user").text()).isEqualTo("author.one");
        assertThat(page.select(".masthead")).isEmpty();
    }

    @Test
    void an_editor_is_no_admin_either() {
        Browser editor = site.signedIn("editor.one@embassy.example", Role.EDITOR);

        assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_sees_the_list_of_users() {
        site.addUser("listed@embassy.example", Role.AUTHOR);
        site.app().accounts().users().disable("listed@embassy.example");
        Browser admin = site.signedIn("admin.one@embassy.example", Role.ADMIN);

        Document page = admin.page("/admin/users");

        assertThat(page.select("h1").text()).isEqualTo("Users");
        assertThat(page.select("table.users tr.user.disabled td").eachText())
                .containsExactly("listed@embassy.example", "listed", "Author", "Disabled");
        assertThat(page.select("table.users tr.user:not(.disabled) td:eq(0)").eachText())
                .contains("admin.one@embassy.example");
    }

    @Test
    void the_admin_home_greets_the_user_and_lists_what_their_role_allows() {
        Document author = site.signedIn("author.two@embassy.example", Role.AUTHOR).page("/admin");
        Document admin = site.signedIn("admin.two@embassy.example", Role.ADMIN).page("/admin");

        assertThat(author.select("h1").text()).isEqualTo("Welcome, author.two");
        assertThat(author.select("p.admin-role").text()).isEqualTo("Your role: Author. It allows you to:");
        assertThat(author.select("ul.abilities li").eachText())
                .containsExactly("write drafts and submit them for review", "upload images and PDFs to the media library");
        assertThat(author.select("ul.admin-links a").eachAttr("href")).containsExactly("/admin/password");
        assertThat(admin.select("ul.abilities li")).hasSize(5);
        assertThat(admin.select("ul.admin-links a").eachAttr("href")).containsExactly("/admin/password", "/admin/users");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_with_403() {
        Browser editor = site.signedIn("editor.two@embassy.example", Role.EDITOR);

        HttpResponse<String> missing = editor.post("/admin/password", Map.of("current", TestSite.PASSWORD,
                "password", "a whole new password", "repeat", "a whole new password"));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(Browser.parse(missing).select("main section.error p").first().text()).isEqualTo(FORGED);
        assertThat(site.app().accounts().users().authenticate("editor.two@embassy.example", TestSite.PASSWORD))
                .isPresent();
    }

    @Test
    void a_form_with_a_wrong_csrf_token_is_refused_with_403() {
        Browser editor = site.signedIn("editor.three@embassy.example", Role.EDITOR);
        Browser other = site.signedIn("editor.four@embassy.example", Role.EDITOR);
        String othersToken = other.page("/admin/password").select("form.password input[name=_csrf]").val();

        assertThat(editor.post("/admin/password", passwordChange(othersToken)).statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/password", passwordChange("")).statusCode()).isEqualTo(403);
    }

    @Test
    void the_csrf_token_may_come_as_a_header_instead() {
        Browser editor = site.signedIn("editor.five@embassy.example", Role.EDITOR);
        String token = editor.page("/admin").select("form.sign-out input[name=_csrf]").val();

        HttpResponse<String> response = editor.post("/admin/sign-out", Map.of(), "X-CSRF-Token", token);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(editor.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void the_admin_layout_gives_forms_and_scripts_the_sessions_csrf_token() {
        Document page = site.signedIn("editor.ten@embassy.example", Role.EDITOR).page("/admin/password");

        String token = page.select("head meta[name=csrf-token]").attr("content");
        assertThat(token).hasSize(43);
        assertThat(page.select("form.sign-out input[name=_csrf]").val()).isEqualTo(token);
        assertThat(page.select("form.password input[name=_csrf]").val()).isEqualTo(token);
        assertThat(site.browser().page("/admin/sign-in").select("head meta[name=csrf-token]")).isEmpty();
    }

    @Test
    void sign_out_without_the_csrf_token_is_refused_and_the_session_stays() {
        Browser editor = site.signedIn("editor.six@embassy.example", Role.EDITOR);

        assertThat(editor.post("/admin/sign-out", Map.of()).statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_form_whose_token_does_not_match_its_cookie_is_refused() {
        site.addUser("editor.seven@embassy.example", Role.EDITOR);
        Browser browser = site.browser();
        browser.page("/admin/sign-in");

        HttpResponse<String> forged = browser.post("/admin/sign-in", Map.of("_csrf", "forged-token-forged-token-forged-token",
                "email", "editor.seven@embassy.example", "password", TestSite.PASSWORD));
        HttpResponse<String> noCookie = site.browser().post("/admin/sign-in", Map.of("_csrf", "",
                "email", "editor.seven@embassy.example", "password", TestSite.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        assertThat(browser.cookie("chancery_session")).isEmpty();
    }

    @Test
    void a_disabled_users_open_session_fails_at_once() {
        Browser editor = site.signedIn("editor.eight@embassy.example", Role.EDITOR);
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);

        site.app().accounts().users().disable("editor.eight@embassy.example");

        HttpResponse<String> response = editor.get("/admin");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sign-in?return=%2Fadmin");
    }

    @Test
    void a_post_without_a_session_goes_to_sign_in_without_coming_back() {
        HttpResponse<String> response = site.browser().post("/admin/password", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sign-in");
    }

    @Test
    void admin_pages_are_neither_cached_nor_framed() {
        HttpResponse<String> response = site.browser().get("/admin/sign-in");

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void an_unknown_admin_path_is_a_404_in_the_admin_layout() {
        Document page = site.signedIn("editor.nine@embassy.example", Role.EDITOR).page("/admin/nothing-here", 404);

        assertThat(page.select("main section.error.status-404 h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main section.error a").attr("href")).isEqualTo("/admin");
        assertThat(page.select("header.admin-header form.sign-out")).hasSize(1);
    }
}
