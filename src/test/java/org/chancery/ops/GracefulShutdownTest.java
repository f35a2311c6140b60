package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.config.Config;
import org.chancery.editorial.Scheduler;
import org.chancery.support.ApiClient;
import org.chancery.support.GateClock;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Stopping the server (SIGTERM runs {@code App.close()}): work in progress finishes, new work is
 * refused, and nothing is closed under the work that needs it. A {@link GateClock} holds a request
 * or a scheduler round in progress for as long as the test needs.
 */
class GracefulShutdownTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String API = "/api/v1/publications";

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @Test
    void a_request_in_flight_finishes_with_200_while_new_requests_are_refused() throws Exception {
        GateClock clock = new GateClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (TestSite site = TestSite.start(TestDatabase.sqlite(), clock, c -> c.withShutdownGrace(WAIT))) {
            site.indexed();
            Thread test = Thread.currentThread();
            // the search page reads the clock on the request's thread
            clock.holdNext(t -> t != test && !t.getName().startsWith("chancery-"));
            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(site.url("/en/search?q=visa"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            clock.awaitHeld(WAIT);

            String health = site.url("/healthz");  // before closing: a stopped server's port is no longer known
            Thread closing = new Thread(site.app()::close, "test-close");
            closing.start();
            boolean refused = awaitRefusal(health);
            clock.release();
            HttpResponse<String> response = inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            closing.join(WAIT.toMillis());

            assertThat(refused).as("a new request after close() began is refused").isTrue();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(closing.isAlive()).as("close() returns once the request is done").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_scheduler_round_in_progress_finishes_before_the_database_closes(TestDatabase.Kind kind) throws Exception {
        MutableClock now = new MutableClock(TestSite.SEED_INSTANT);
        GateClock clock = new GateClock(now);
        Logger logger = (Logger) LoggerFactory.getLogger(Scheduler.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (TestSite site = TestSite.start(kind.create(), clock,
                c -> c.withShutdownGrace(Config.DEFAULT_SHUTDOWN_GRACE))) {
            long id = scheduled(site, TestSite.SEED_INSTANT.plus(Duration.ofHours(1)));
            now.set(TestSite.SEED_INSTANT.plus(Duration.ofHours(2)));
            // the scheduler's next round (within its period) stops at its first reading of the clock
            clock.holdNext(t -> t.getName().equals("chancery-scheduler"));
            clock.awaitHeld(WAIT);

            String health = site.url("/healthz");
            Thread closing = new Thread(site.app()::close, "test-close");
            closing.start();
            awaitRefusal(health);
            clock.release();
            closing.join(WAIT.toMillis());

            assertThat(closing.isAlive()).isFalse();
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("Published scheduled item " + id))
                    .noneSatisfy(m -> assertThat(m).startsWith("Scheduled publishing failed"));
        } finally {
            logger.detachAppender(log);
        }
    }

    /** Submitted by an author and scheduled by an editor for {@code at}; answers its id. */
    private static long scheduled(TestSite site, Instant at) {
        Staff staff = Staff.of(site);
        ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
        long id = author.post(API, ApiClient.draft("Embargoed statement")).id();
        author.post(API + "/" + id + "/submit", null);
        assertThat(editor.post(API + "/" + id + "/schedule", Map.of("at", at.toString())).status()).isEqualTo(200);
        return id;
    }

    /**
     * Asks, on a new connection each time, until the server refuses: the connection itself, or a
     * 503. Answers whether it did within {@link #WAIT}.
     */
    private static boolean awaitRefusal(String url) {
        try {
            eventually(WAIT, () -> assertThat(refuses(url)).as("the server refuses " + url).isTrue());
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static boolean refuses(String url) throws InterruptedException {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 503;
        } catch (IOException e) {
            return true;
        }
    }
}
