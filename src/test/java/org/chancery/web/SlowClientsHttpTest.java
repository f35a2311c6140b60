package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.chancery.support.SlowClients;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Clients that send slowly cannot stop the site: while hundreds of them trickle sign-in forms
 * and request headers a byte at a time, readers are still answered.
 */
class SlowClientsHttpTest {
    /** A generous bound: a reader waits this long at most, however busy the machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);

    @Test
    void readers_are_answered_while_300_clients_trickle_sign_in_forms_and_headers() throws Exception {
        try (TestSite site = TestSite.sample();
                SlowClients slow = SlowClients.open(site.app().port(), 300, i -> i % 6 == 0
                        ? "GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(4_000) + "\r\n\r\n"
                        : SlowClients.formPost("/admin/sign-in", 4_000), 150)) {
            Thread.sleep(2_000);  // every sender has started its request and is trickling the rest
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> home = site.send(HttpRequest.newBuilder(URI.create(site.url("/en/")))
                        .timeout(ANSWERED_WITHIN).GET().build());
                assertThat(home.statusCode()).isEqualTo(200);
                Thread.sleep(500);
            }
            eventually(() -> assertThat(slow.cutOff()).as("slow bodies are cut off").isPositive());
        }
    }

    @Test
    void a_connection_that_trickles_its_first_request_headers_is_closed_after_the_deadline() throws Exception {
        try (TestSite site = TestSite.sample();
                SlowClients slow = SlowClients.open(site.app().port(), 5,
                        i -> "GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(4_000) + "\r\n\r\n", 20)) {
            eventually(() -> assertThat(slow.cutOff()).as("closed within %s", ClientLimits.HEADER_DEADLINE).isEqualTo(5));
        }
    }
}
