package org.chancery.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.support.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** The settings that let the server and the command line share one SQLite file safely. */
class SqliteSettingsTest {

    private static String pragma(Handle h, String name) {
        return h.createQuery("PRAGMA " + name).mapTo(String.class).one();
    }

    @Test
    void sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout() {
        try (TestDatabase db = TestDatabase.sqlite(); Database database = Database.open(db.resolved())) {
            database.jdbi().useHandle(h -> {
                assertThat(pragma(h, "journal_mode")).isEqualToIgnoringCase("wal");
                assertThat(pragma(h, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(h, "busy_timeout")).isEqualTo("5000");
                assertThat(pragma(h, "synchronous")).isEqualTo("1");
            });
        }
    }
}
