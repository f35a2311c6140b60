package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.support.Browser;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordChangeHttpTest {
    private static final String NEW_PASSWORD = "a whole new password";
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.sample();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, String> change(String current, String password, String repeat) {
        return Map.of("current", current, "password", password, "repeat", repeat);
    }

    @Test
    void changing_the_password_keeps_this_session_and_ends_the_others() {
        Browser here = site.signedIn("editor.one@embassy.example", Role.EDITOR);
        Browser elsewhere = site.browser().signIn("editor.one@embassy.example");

        HttpResponse<String> response = here.submit("/admin/password", "form.password",
                change(TestSite.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/password?changed");
        Document changed = here.page("/admin/password?changed");
        assertThat(changed.select("p.form-notice").text())
                .isEqualTo("Your password has been changed. Your sessions in other browsers have ended.");
        assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(303);
        assertThat(site.browser().signIn("editor.one@embassy.example", NEW_PASSWORD)).isNotNull();
    }

    @Test
    void a_wrong_current_password_changes_nothing() {
        Browser browser = site.signedIn("editor.two@embassy.example", Role.EDITOR);

        HttpResponse<String> response = browser.submit("/admin/password", "form.password",
                change("not my password", NEW_PASSWORD, NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(response).select("p.form-error").text()).isEqualTo("The current password is not correct.");
        assertThat(site.app().accounts().users().authenticate("editor.two@embassy.example", TestSite.PASSWORD)).isPresent();
    }

    @Test
    void a_mismatched_or_short_new_password_is_refused() {
        Browser browser = site.signedIn("editor.three@embassy.example", Role.EDITOR);

        HttpResponse<String> mismatch = browser.submit("/admin/password", "form.password",
                change(TestSite.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!"));
        HttpResponse<String> tooShort = browser.submit("/admin/password", "form.password",
                change(TestSite.PASSWORD, "short", "short"));

        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(mismatch).select("p.form-error").text()).isEqualTo("The two new passwords are not the same.");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(tooShort).select("p.form-error").text()).isEqualTo("A password needs at least 12 characters.");
    }

    @Test
    void the_password_page_is_for_signed_in_users_only() {
        HttpResponse<String> response = site.browser().get("/admin/password");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sign-in?return=%2Fadmin%2Fpassword");
    }
}
