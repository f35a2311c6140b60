package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.chancery.support.Browser;
import org.chancery.support.MutableClock;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Too many failed sign-ins over HTTP: a 429 that says until when, in the site's home zone. */
class SignInThrottleHttpTest {
    private final MutableClock clock = new MutableClock(TestSite.SEED_INSTANT);
    private final TestSite site = TestSite.sampleWith(clock);

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> signIn(Browser browser, String password) {
        return browser.submit("/admin/sign-in", "form.sign-in",
                Map.of("email", "editor@embassy.example", "password", password));
    }

    @Test
    void the_fifth_failure_refuses_sign_in_until_a_time_in_the_home_zone() {
        site.addUser("editor@embassy.example", Role.EDITOR);
        Browser browser = site.browser();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(browser, "wrong password " + i).statusCode()).isEqualTo(422);
        }

        HttpResponse<String> fifth = signIn(browser, "wrong password 5");

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Retry-After")).hasValue("60");
        // 09:58 UTC is 12:58 in Moscow, the sample site's home zone
        assertThat(Browser.parse(fifth).select("p.form-error").text())
                .isEqualTo("Too many failed sign-ins. Try again after 12:58 (Europe/Moscow time).");
    }

    @Test
    void while_refused_even_the_right_password_is_not_checked_and_afterwards_it_works() {
        site.addUser("editor@embassy.example", Role.EDITOR);
        Browser browser = site.browser();
        for (int i = 0; i < 5; i++) {
            signIn(browser, "wrong password " + i);
        }
        clock.advance(Duration.ofSeconds(30));

        HttpResponse<String> refused = signIn(browser, TestSite.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(browser.cookie("chancery_session")).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(browser, TestSite.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void an_account_that_does_not_exist_is_refused_the_same_way() {
        Browser browser = site.browser();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(browser, "guess " + i).statusCode()).isEqualTo(422);
        }

        assertThat(signIn(browser, "guess 5").statusCode()).isEqualTo(429);
    }

    @Test
    void behind_a_local_proxy_each_forwarded_client_address_is_throttled_on_its_own() {
        Browser browser = site.browser();
        String csrf = browser.page("/admin/sign-in").select("form.sign-in input[name=_csrf]").val();
        for (int i = 0; i < 19; i++) {
            assertThat(post(browser, csrf, "guess" + i + "@embassy.example", "203.0.113.1").statusCode()).isEqualTo(422);
        }
        assertThat(post(browser, csrf, "guess19@embassy.example", "203.0.113.1").statusCode()).isEqualTo(429);

        // the proxy appends the address it saw; what the client wrote before it does not count
        assertThat(post(browser, csrf, "other@embassy.example", "203.0.113.1, 203.0.113.2").statusCode()).isEqualTo(422);
        assertThat(post(browser, csrf, "other@embassy.example", "203.0.113.2, 203.0.113.1").statusCode()).isEqualTo(429);
    }

    @Test
    void a_guesser_elsewhere_is_refused_while_the_user_signs_in_from_her_own_address() {
        site.addUser("editor@embassy.example", Role.EDITOR);
        Browser guesser = site.browser();
        String csrf = guesser.page("/admin/sign-in").select("form.sign-in input[name=_csrf]").val();
        for (int i = 0; i < 4; i++) {
            assertThat(post(guesser, csrf, "editor@embassy.example", "203.0.113.66").statusCode()).isEqualTo(422);
        }
        assertThat(post(guesser, csrf, "editor@embassy.example", "203.0.113.66").statusCode()).isEqualTo(429);

        Browser user = site.browser();
        String userCsrf = user.page("/admin/sign-in").select("form.sign-in input[name=_csrf]").val();
        HttpResponse<String> signedIn = user.post("/admin/sign-in", Map.of("_csrf", userCsrf,
                "email", "editor@embassy.example", "password", TestSite.PASSWORD), "X-Forwarded-For", "198.51.100.7");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(user.cookie("chancery_session")).isPresent();
        assertThat(post(guesser, csrf, "editor@embassy.example", "203.0.113.66").statusCode()).as("still the guesser")
                .isEqualTo(429);
    }

    private HttpResponse<String> post(Browser browser, String csrf, String email, String forwardedFor) {
        return browser.post("/admin/sign-in", Map.of("_csrf", csrf, "email", email, "password", "wrong password"),
                "X-Forwarded-For", forwardedFor);
    }
}
