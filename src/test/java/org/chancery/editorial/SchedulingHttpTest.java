package org.chancery.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.account.Role;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.support.ApiClient;
import org.chancery.support.ApiClient.Response;
import org.chancery.support.MutableClock;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Scheduled publishing: on time by the injected clock, and never missed, even when the server
 * was down at the time.
 */
class SchedulingHttpTest {
    private static final String API = "/api/v1/publications";
    private static final Instant NOW = TestSite.SEED_INSTANT;
    private static final Instant AT = NOW.plus(Duration.ofHours(1));

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    /** A site on {@code kind} at the seed's instant, with a clock the test moves. */
    private record Newsroom(TestSite site, MutableClock clock, ApiClient author, ApiClient editor) implements AutoCloseable {
        static Newsroom open(TestDatabase.Kind kind) {
            MutableClock clock = new MutableClock(NOW);
            TestSite site = TestSite.start(kind.create(), clock, c -> c);
            Staff staff = Staff.of(site);
            return new Newsroom(site, clock, ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR)),
                    ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR)));
        }

        /** Submitted by the author and scheduled by the editor for {@code at}; answers the scheduled item. */
        Response scheduled(String title, Instant at) {
            long id = author.post(API, ApiClient.draft(title)).id();
            author.post(API + "/" + id + "/submit", null);
            Response scheduled = editor.post(API + "/" + id + "/schedule", Map.of("at", at.toString()));
            assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
            return scheduled;
        }

        @Override
        public void close() {
            site.close();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void scheduled_item_appears_when_the_clock_passes_its_time(TestDatabase.Kind kind) {
        try (Newsroom room = Newsroom.open(kind)) {
            Response scheduled = room.scheduled("Embargoed statement", AT);
            String path = scheduled.text("path");
            assertThat(scheduled.text("status")).isEqualTo("scheduled");
            assertThat(scheduled.text("scheduledAt")).isEqualTo("2020-05-26T10:57:00Z");

            room.clock().set(AT.minusSeconds(1));
            room.site().app().scheduler().publishDue();
            room.site().page(path, 404);

            room.clock().set(AT.plusSeconds(2));
            room.site().app().scheduler().publishDue();

            Document page = room.site().page(path);
            assertThat(page.select("article h1.headline").text()).isEqualTo("Embargoed statement");
            Response now = room.editor().get(API + "/" + scheduled.id());
            assertThat(now.text("status")).isEqualTo("published");
            assertThat(now.text("publishedAt")).isEqualTo("2020-05-26T10:57:00Z");
            assertThat(now.json().path("scheduledAt").isNull()).isTrue();
            assertThat(audit(room.site(), scheduled.id())).extracting(AuditEntry::action, AuditEntry::actor)
                    .containsExactly(tuple("submit", "ann@embassy.test"), tuple("schedule", "ed@embassy.test"),
                            tuple("publish-scheduled", "scheduler"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void schedule_missed_while_the_server_was_down_is_published_at_start_up_and_logged(TestDatabase.Kind kind) {
        try (Newsroom room = Newsroom.open(kind)) {
            Response missed = room.scheduled("Missed while down", AT);
            Response later = room.scheduled("Still in the future", AT.plus(Duration.ofDays(1)));
            Logger logger = (Logger) LoggerFactory.getLogger(Scheduler.class);
            ListAppender<ILoggingEvent> log = new ListAppender<>();
            log.start();
            logger.addAppender(log);
            try {
                room.clock().set(AT.plus(Duration.ofHours(2)));
                room.site().restart();
            } finally {
                logger.detachAppender(log);
            }

            room.site().page(missed.text("path"));
            room.site().page(later.text("path"), 404);
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .contains("Published 1 missed scheduled items")
                    .anySatisfy(m -> assertThat(m).startsWith("Published missed scheduled item " + missed.id()));
            assertThat(room.editor().get(API + "/" + missed.id()).text("publishedAt")).isEqualTo(AT.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void schedule_survives_a_restart_before_its_time(TestDatabase.Kind kind) {
        try (Newsroom room = Newsroom.open(kind)) {
            Response scheduled = room.scheduled("Kept across restarts", AT);

            room.clock().set(AT.minus(Duration.ofMinutes(10)));
            room.site().restart();
            room.site().page(scheduled.text("path"), 404);

            room.clock().set(AT);
            room.site().app().scheduler().publishDue();
            room.site().page(scheduled.text("path"));
        }
    }

    @Test
    void a_time_in_the_past_or_missing_is_invalid() {
        try (Newsroom room = Newsroom.open(TestDatabase.Kind.SQLITE)) {
            long id = room.author().post(API, ApiClient.draft("Too late")).id();
            room.author().post(API + "/" + id + "/submit", null);

            for (Object body : new Object[] {Map.of("at", NOW.minusSeconds(60).toString()), Map.of(),
                Map.of("at", "tomorrow at noon")}) {
                Response response = room.editor().post(API + "/" + id + "/schedule", body);
                assertThat(response.status()).as(response.body()).isEqualTo(422);
                assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("at");
            }
        }
    }

    @Test
    void scheduling_follows_the_rules_of_publishing() {
        try (Newsroom room = Newsroom.open(TestDatabase.Kind.SQLITE)) {
            Map<String, String> at = Map.of("at", AT.toString());
            long draft = room.author().post(API, ApiClient.draft("Only a draft")).id();
            long own = room.editor().post(API, ApiClient.draft("Editor's own")).id();
            room.editor().post(API + "/" + own + "/submit", null);

            assertThat(room.author().post(API + "/" + draft + "/schedule", at).status()).isEqualTo(403);
            assertThat(room.editor().post(API + "/" + draft + "/schedule", at).status()).isEqualTo(403);
            Response byItsSubmitter = room.editor().post(API + "/" + own + "/schedule", at);
            assertThat(byItsSubmitter.status()).isEqualTo(403);
            assertThat(byItsSubmitter.text("detail")).contains("another editor must schedule it");
        }
    }

    private static List<AuditEntry> audit(TestSite site, long id) {
        return new AuditLog(site.app().database().jdbi()).about("publication:" + id);
    }
}
