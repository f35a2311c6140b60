package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A client that is not a trusted proxy cannot pass itself off as another address or as HTTPS:
 * here the site trusts only a proxy elsewhere (192.0.2.10), so the test, connecting from this
 * machine, is such a client.
 */
class ForwardedHeadersHttpTest {
    private static final String SPOOFED = "203.0.113.66";

    private static TestSite site(List<String> trusted) {
        return TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withTrustedProxies(trusted));
    }

    private static List<String> csrfCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("chancery_csrf=")).toList();
    }

    @Test
    void forwarded_https_from_an_untrusted_peer_does_not_make_cookies_secure() {
        try (TestSite untrusted = site(List.of("192.0.2.10"));
                TestSite trusted = site(List.of("127.0.0.1", "::1"))) {
            HttpResponse<String> spoofed = untrusted.browser().get("/admin/sign-in", "X-Forwarded-Proto", "https");
            HttpResponse<String> proxied = trusted.browser().get("/admin/sign-in", "X-Forwarded-Proto", "https");

            assertThat(csrfCookie(spoofed)).singleElement().asString().doesNotContainIgnoringCase("Secure");
            assertThat(csrfCookie(proxied)).singleElement().asString().containsIgnoringCase("Secure");
        }
    }

    @Test
    void an_untrusted_peer_cannot_escape_sign_in_throttling_by_naming_other_addresses() {
        try (TestSite site = site(List.of("192.0.2.10"))) {
            Browser browser = site.browser();
            String csrf = browser.page("/admin/sign-in").select("form.sign-in input[name=_csrf]").val();
            for (int i = 0; i < 19; i++) {
                assertThat(post(browser, csrf, "guess" + i + "@embassy.example", "203.0.113." + i).statusCode())
                        .isEqualTo(422);
            }

            assertThat(post(browser, csrf, "guess19@embassy.example", "203.0.113.19").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void the_access_log_names_the_peer_not_the_address_it_claims() {
        Logger logger = (Logger) LoggerFactory.getLogger("chancery.access");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (TestSite site = site(List.of("192.0.2.10"))) {
            site.browser().get("/healthz", "X-Forwarded-For", SPOOFED);
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("GET /healthz 200"))
                .noneSatisfy(m -> assertThat(m).contains(SPOOFED));
    }

    private static HttpResponse<String> post(Browser browser, String csrf, String email, String forwardedFor) {
        return browser.post("/admin/sign-in", Map.of("_csrf", csrf, "email", email, "password", "wrong password"),
                "X-Forwarded-For", forwardedFor);
    }
}
