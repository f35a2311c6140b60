package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.chancery.support.Browser;
import org.chancery.support.MutableClock;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-time link that creates the first administrator in the browser. */
class SetupHttpTest {
    private static final String INVALID = "This setup link does not work any more: it has been used or has expired,"
            + " or an administrator exists already. If there is still no administrator, restart the server for a new link.";
    private final MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
    private final TestSite site = TestSite.sampleWith(clock);

    @AfterEach
    void stop() {
        site.close();
    }

    private String link() {
        return "/admin/setup/" + site.app().accounts().setup().offerIfNoAdmin().orElseThrow();
    }

    private static Map<String, String> admin(String password, String repeat) {
        return Map.of("email", "admin@embassy.example", "name", "Andrei Kelin", "password", password, "repeat", repeat);
    }

    @Test
    void the_setup_link_creates_the_first_admin_and_signs_them_in() {
        Browser browser = site.browser();
        String link = link();
        Document form = browser.page(link);
        assertThat(form.select("h1").text()).isEqualTo("Create the first administrator");
        assertThat(form.select("form.setup").attr("action")).isEqualTo(link);

        HttpResponse<String> response = browser.submit(form.selectFirst("form.setup"),
                admin(TestSite.PASSWORD, TestSite.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin");
        assertThat(browser.page("/admin").select("h1").text()).isEqualTo("Welcome, Andrei Kelin");
        assertThat(site.app().accounts().users().byEmail("admin@embassy.example"))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.ADMIN));
        assertThat(browser.page("/admin/users").select("table.users tr.user")).hasSize(1);
    }

    @Test
    void the_setup_link_works_only_once() {
        Browser first = site.browser();
        String link = link();
        Document form = first.page(link);
        Browser second = site.browser();
        Document sameForm = second.page(link);

        first.submit(form.selectFirst("form.setup"), admin(TestSite.PASSWORD, TestSite.PASSWORD));
        HttpResponse<String> again = second.submit(sameForm.selectFirst("form.setup"),
                Map.of("email", "intruder@evil.example", "password", TestSite.PASSWORD, "repeat", TestSite.PASSWORD));

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Browser.parse(again).select("main section.error p").first().text()).isEqualTo(INVALID);
        assertThat(site.browser().page(link, 404).select("main section.error p").first().text()).isEqualTo(INVALID);
        assertThat(site.app().accounts().users().byEmail("intruder@evil.example")).isEmpty();
    }

    @Test
    void the_setup_link_expires_after_an_hour() {
        String link = link();
        assertThat(site.browser().get(link).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(1));

        assertThat(site.browser().get(link).statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_setup_token_is_a_404() {
        link();

        assertThat(site.browser().get("/admin/setup/not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void a_short_or_mismatched_password_shows_the_form_again_and_keeps_the_link() {
        Browser browser = site.browser();
        String link = link();

        HttpResponse<String> mismatch = browser.submit(link, "form.setup", admin(TestSite.PASSWORD, "something else"));
        HttpResponse<String> tooShort = browser.submit(link, "form.setup", admin("short", "short"));

        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(mismatch).select("p.form-error").text()).isEqualTo("The two new passwords are not the same.");
        assertThat(Browser.parse(mismatch).select("input[name=email]").val()).isEqualTo("admin@embassy.example");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Browser.parse(tooShort).select("p.form-error").text()).isEqualTo("A password needs at least 12 characters.");
        assertThat(browser.get(link).statusCode()).isEqualTo(200);
    }

    @Test
    void the_setup_form_needs_its_csrf_token() {
        Browser browser = site.browser();
        String link = link();
        browser.page(link);

        HttpResponse<String> response = browser.post(link, admin(TestSite.PASSWORD, TestSite.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get(link).statusCode()).isEqualTo(200);
    }
}
