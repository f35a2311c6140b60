package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in and out of the press office's pages, over HTTP. */
class SignInHttpTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
        site.addUser("editor@embassy.example", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<String> setCookies(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
    }

    @Test
    void admin_pages_send_a_visitor_without_a_session_to_sign_in_and_back() {
        HttpResponse<String> response = site.browser().get("/admin/users?sort=email");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/admin/sign-in?return=%2Fadmin%2Fusers%3Fsort%3Demail");
    }

    @Test
    void sign_in_form_is_in_the_admin_layout_with_a_csrf_token() {
        Document page = site.browser().page("/admin/sign-in?return=/admin/password");

        assertThat(page.title()).isEqualTo("Sign in | Embassy of the Russian Federation to the United Kingdom");
        assertThat(page.select("header.admin-header .mission").text())
                .isEqualTo("Embassy of the Russian Federation to the United Kingdom");
        assertThat(page.select(".masthead")).isEmpty();
        assertThat(page.select("header .admin-nav")).isEmpty();
        assertThat(page.select("form.sign-in input[name=_csrf]").val()).hasSizeGreaterThan(30);
        assertThat(page.select("form.sign-in input[name=return]").val()).isEqualTo("/admin/password");
        assertThat(page.select("form.sign-in input[type=password]").attr("autocomplete")).isEqualTo("current-password");
    }

    @Test
    void signing_in_sets_an_http_only_lax_session_cookie_and_goes_to_the_return_path() {
        Browser browser = site.browser();
        Document form = browser.page("/admin/sign-in?return=/admin/password");

        HttpResponse<String> response = browser.submit(form.selectFirst("form.sign-in"),
                Map.of("email", "Editor@Embassy.example ", "password", TestSite.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/password");
        assertThat(setCookies(response, "chancery_session")).singleElement().asString()
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Secure");
        assertThat(browser.page("/admin").select("header .admin-user").text()).isEqualTo("editor");
    }

    @Test
    void signing_in_behind_an_https_proxy_makes_the_cookie_secure() {
        Browser browser = site.browser();
        Document form = browser.page("/admin/sign-in");
        String csrf = form.select("form.sign-in input[name=_csrf]").val();

        HttpResponse<String> response = browser.post("/admin/sign-in", Map.of("_csrf", csrf,
                "email", "editor@embassy.example", "password", TestSite.PASSWORD), "X-Forwarded-Proto", "https");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(setCookies(response, "chancery_session")).singleElement().asString()
                .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_sign_in_forms_csrf_cookie_is_http_only_and_lax_too() {
        HttpResponse<String> response = site.browser().get("/admin/sign-in");

        assertThat(setCookies(response, "chancery_csrf")).singleElement().asString()
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/admin");
    }

    @Test
    void a_wrong_password_shows_the_form_again_without_saying_which_part_was_wrong() {
        Browser browser = site.browser();

        HttpResponse<String> wrongPassword = browser.submit("/admin/sign-in", "form.sign-in",
                Map.of("email", "editor@embassy.example", "password", "not the password"));
        HttpResponse<String> unknownEmail = browser.submit("/admin/sign-in", "form.sign-in",
                Map.of("email", "nobody@embassy.example", "password", "not the password"));

        for (HttpResponse<String> response : List.of(wrongPassword, unknownEmail)) {
            Document page = Browser.parse(response);
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(page.select("p.form-error").text())
                    .isEqualTo("The e-mail address or the password is not correct.");
            assertThat(page.select("form.sign-in input[type=password]").val()).isEmpty();
            assertThat(setCookies(response, "chancery_session")).isEmpty();
        }
        assertThat(Browser.parse(unknownEmail).select("form.sign-in input[name=email]").val())
                .isEqualTo("nobody@embassy.example");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_is_told_the_same_as_for_a_wrong_password() {
        site.addUser("disabled@embassy.example", Role.EDITOR);
        site.app().accounts().users().disable("disabled@embassy.example");

        HttpResponse<String> response = site.browser().submit("/admin/sign-in", "form.sign-in",
                Map.of("email", "disabled@embassy.example", "password", TestSite.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(response).select("p.form-error").text())
                .isEqualTo("The e-mail address or the password is not correct.");
    }

    @Test
    void a_return_path_to_another_site_is_replaced_by_the_admin_home() {
        for (String target : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            Browser browser = site.browser();
            Document form = browser.page("/admin/sign-in?return=" + java.net.URLEncoder.encode(target,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(form.select("form.sign-in input[name=return]").val()).as(target).isEqualTo("/admin");

            HttpResponse<String> response = browser.submit(form.selectFirst("form.sign-in"), Map.of(
                    "email", "editor@embassy.example", "password", TestSite.PASSWORD, "return", target));

            assertThat(response.headers().firstValue("Location")).as(target).hasValue("/admin");
        }
    }

    @Test
    void a_signed_in_visitor_of_the_sign_in_page_goes_on_to_the_admin_home() {
        Browser browser = site.browser().signIn("editor@embassy.example");

        HttpResponse<String> response = browser.get("/admin/sign-in");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin");
    }

    @Test
    void signing_out_ends_the_session_on_the_server_and_clears_the_cookie() {
        Browser browser = site.browser().signIn("editor@embassy.example");
        String token = browser.cookie("chancery_session").orElseThrow();
        Document home = browser.page("/admin");

        HttpResponse<String> response = browser.submit(home.selectFirst("form.sign-out"), Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sign-in");
        assertThat(setCookies(response, "chancery_session")).singleElement().asString()
                .startsWith("chancery_session=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(browser.cookie("chancery_session")).isEmpty();
        assertThat(site.app().accounts().sessions().find(token)).isEmpty();
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }
}
