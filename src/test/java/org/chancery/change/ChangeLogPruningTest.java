package org.chancery.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.db.Database;
import org.chancery.support.Recorder;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows past the retention are pruned, oldest first and never the newest; a node that was away
 * while rows it had not read were pruned is told so, once, and a node that kept up is not.
 */
class ChangeLogPruningTest {
    private static final Instant T0 = Instant.parse("2020-05-26T09:57:00Z");

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static void append(Database db, ChangeLog log, Kind kind, long id, Instant at) {
        db.jdbi().useTransaction(h -> log.append(h, new Event(kind, id, at)));
    }

    private static List<Long> ids(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM change_log ORDER BY id").mapTo(Long.class).list());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rows_older_than_the_retention_are_pruned_but_never_the_newest(TestDatabase.Kind kind) {
        try (TestDatabase t = kind.create(); Database db = Database.open(t.resolved())) {
            ChangeLog log = new ChangeLog(db.jdbi(), db.dialect(), new ChangeEvents());
            append(db, log, Kind.PUBLISHED, 1, T0);
            append(db, log, Kind.UPDATED, 1, T0.plus(Duration.ofDays(1)));
            append(db, log, Kind.PAGE, 3, T0.plus(Duration.ofDays(2)));
            List<Long> all = ids(db);

            assertThat(log.prune(T0.plus(ChangeLog.RETENTION))).as("nothing is past the retention yet").isZero();
            assertThat(log.prune(T0.plus(ChangeLog.RETENTION).plus(Duration.ofDays(1)).plusMillis(1))).isEqualTo(2);
            assertThat(ids(db)).containsExactly(all.get(2));
            assertThat(log.prune(T0.plus(Duration.ofDays(30)))).as("the newest row stays").isZero();
            assertThat(ids(db)).containsExactly(all.get(2));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_node_that_missed_pruned_rows_is_told_and_one_that_kept_up_is_not(TestDatabase.Kind kind) {
        try (TestDatabase t = kind.create(); Database db = Database.open(t.resolved())) {
            var writer = new ChangeLog(db.jdbi(), db.dialect(), new ChangeEvents());
            append(db, writer, Kind.PUBLISHED, 1, T0);
            var awayEvents = new ArrayList<Event>();
            var awayMissed = new Recorder(awayEvents);
            var away = node(db, awayMissed);
            var keptUpMissed = new Recorder();
            var keptUp = node(db, keptUpMissed);

            append(db, writer, Kind.UPDATED, 1, T0.plus(Duration.ofMinutes(1)));
            append(db, writer, Kind.MENU, 0, T0.plus(Duration.ofMinutes(2)));
            keptUp.catchUp();
            append(db, writer, Kind.SETTINGS, 0, T0.plus(Duration.ofDays(8)));
            writer.prune(T0.plus(Duration.ofDays(8)));

            assertThat(away.catchUp()).isEqualTo(1);
            assertThat(awayMissed.resets()).as("told once").isEqualTo(1);
            assertThat(awayEvents).extracting(Event::kind).containsExactly(Kind.SETTINGS);
            assertThat(keptUp.catchUp()).isEqualTo(1);
            assertThat(keptUpMissed.resets()).isEqualTo(0);

            append(db, writer, Kind.PAGE, 4, T0.plus(Duration.ofDays(8)));
            away.catchUp();
            assertThat(awayMissed.resets()).as("not told again once it follows").isEqualTo(1);
        }
    }

    private static ChangeLog node(Database db, List<Event> heard) {
        return node(db, new Recorder(heard));
    }

    private static ChangeLog node(Database db, Recorder recorder) {
        var events = new ChangeEvents();
        events.subscribe(recorder);
        return new ChangeLog(db.jdbi(), db.dialect(), events);
    }
}
