package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.chancery.account.Role;
import org.chancery.site.ErrorHandling;
import org.chancery.support.SlowClients;
import org.chancery.support.Staff;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A request that fails through its client is logged in one line under its own status, never as
 * a server error with a stack trace: a hang-up mid-body is a 499, a body trickled too slowly a 408.
 */
class ClientFailureHttpTest {
    private final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    private final Logger errors = (Logger) LoggerFactory.getLogger(ErrorHandling.class);
    private final ListAppender<ILoggingEvent> accessLines = new ListAppender<>();
    private final ListAppender<ILoggingEvent> errorLines = new ListAppender<>();

    @BeforeEach
    void listen() {
        accessLines.start();
        access.addAppender(accessLines);
        errorLines.start();
        errors.addAppender(errorLines);
    }

    @AfterEach
    void stop() {
        access.detachAppender(accessLines);
        errors.detachAppender(errorLines);
    }

    @Test
    void a_client_that_hangs_up_mid_body_is_logged_in_one_line_as_499_and_counted_so() throws Exception {
        try (TestSite site = TestSite.sample()) {
            String post = SlowClients.formPost("/admin/sign-in", 4_000);
            try (Socket socket = new Socket("localhost", site.app().port())) {
                OutputStream out = socket.getOutputStream();
                out.write(post.substring(0, post.indexOf("\r\n\r\n") + 100).getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(200);  // the request is being read when the client goes
            }

            eventually(() -> assertThat(messages(accessLines)).anyMatch(l -> l.contains("POST /admin/sign-in 499 ")));
            assertThat(errorLines.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
            assertThat(errorLines.list).singleElement().satisfies(e -> {
                assertThat(e.getFormattedMessage()).isEqualTo("POST /admin/sign-in: the client hung up, answered 499");
                assertThat(e.getThrowableProxy()).isNull();
            });
            List<String> counted = site.get("/metrics").body().lines()
                    .filter(l -> l.startsWith("chancery_http_requests_seconds_count{")
                            && l.contains("route=\"/admin/sign-in\""))
                    .toList();
            assertThat(counted).anyMatch(l -> l.contains("status=\"499\"")).noneMatch(l -> l.contains("status=\"500\""));
        }
    }

    @Test
    void an_api_client_that_hangs_up_mid_body_is_a_499_not_a_malformed_request() throws Exception {
        try (TestSite site = TestSite.sample()) {
            String token = Staff.of(site).add("ann@embassy.test", Role.AUTHOR).token();
            try (Socket socket = new Socket("localhost", site.app().port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/publications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"title\": \"Visa")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(200);
            }

            eventually(() -> assertThat(messages(accessLines))
                    .anyMatch(l -> l.contains("POST /api/v1/publications 499 ")));
            assertThat(errorLines.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        }
    }

    @Test
    void a_body_trickled_slower_than_the_least_rate_ends_its_request_with_408_in_one_line() throws Exception {
        try (TestSite site = TestSite.sample();
                SlowClients slow = SlowClients.open(site.app().port(), 1,
                        i -> SlowClients.formPost("/admin/sign-in", 4_000), 200)) {
            eventually(() -> assertThat(messages(accessLines)).anyMatch(l -> l.contains("POST /admin/sign-in 408 ")));
            eventually(() -> assertThat(slow.cutOff()).as("the connection is closed").isEqualTo(1));
            assertThat(errorLines.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
            assertThat(errorLines.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        }
    }

    @Test
    void a_body_that_stops_arriving_ends_its_request_with_408_within_the_idle_bound() throws Exception {
        try (TestSite site = TestSite.sample(); Socket socket = new Socket("localhost", site.app().port())) {
            socket.setSoTimeout((int) Duration.ofSeconds(25).toMillis());  // the connection's own idle timeout is 30 s
            String post = SlowClients.formPost("/admin/sign-in", 4_000);
            OutputStream out = socket.getOutputStream();
            out.write(post.substring(0, post.indexOf("\r\n\r\n") + 100).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);

            assertThat(answer).isEqualTo("HTTP/1.1 408");
            eventually(() -> assertThat(messages(accessLines)).anyMatch(l -> l.contains("POST /admin/sign-in 408 ")));
            assertThat(errorLines.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        }
    }

    private static List<String> messages(ListAppender<ILoggingEvent> lines) {
        return List.copyOf(lines.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
