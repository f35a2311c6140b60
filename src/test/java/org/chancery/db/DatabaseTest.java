package org.chancery.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.chancery.masthead.ClockSetting;
import org.chancery.masthead.ContactLine;
import org.chancery.masthead.DayCounter;
import org.chancery.masthead.SettingsRepository;
import org.chancery.masthead.SiteSettings;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;
import org.chancery.publication.Status;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {
    static java.util.stream.Stream<org.junit.jupiter.api.Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void migrations_apply_once_and_reopening_changes_nothing(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create()) {
            try (Database first = Database.open(db.resolved())) {
                assertThat(historyRows(first)).isPositive();
            }
            try (Database again = Database.open(db.resolved())) {
                assertThat(historyRows(again)).isEqualTo(appliedMigrations());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void publication_round_trips_every_field(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            var repository = new StoredPublications(database);
            Instant at = Instant.parse("2020-04-29T15:00:00Z");
            var original = new Publication(null, "interview-with-tass", PublicationType.INTERVIEW, "en",
                    Status.PUBLISHED, "Interview with TASS", "A lead", "Question: Why?\n\nSergey Lavrov: Because.",
                    "Moscow", LocalDate.of(2020, 4, 29), at, true, new SeriesPart("tass", 1),
                    List.of("Question", "Sergey Lavrov"), at, at.plusSeconds(60));

            long id = repository.insert(original);

            assertThat(repository.find(id)).hasValueSatisfying(stored -> assertThat(stored)
                    .usingRecursiveComparison().ignoringFields("id").isEqualTo(original));
            assertThat(repository.find(id).orElseThrow().id()).isEqualTo(id);
            assertThat(repository.find(id + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void optional_publication_fields_stay_empty(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            var repository = new StoredPublications(database);
            Instant at = Instant.parse("2020-05-09T10:00:00Z");
            long id = repository.insert(new Publication(null, "concert", PublicationType.EVENT, "en", Status.DRAFT,
                    "Online concert", null, null, null, null, null, false, null, List.of(), at, at));

            Publication stored = repository.find(id).orElseThrow();
            assertThat(stored.place()).isNull();
            assertThat(stored.eventDate()).isNull();
            assertThat(stored.publishedAt()).isNull();
            assertThat(stored.series()).isNull();
            assertThat(stored.speakers()).isEmpty();
            assertThat(stored.lead()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void site_settings_are_replaced_whole(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            var repository = new SettingsRepository(database.jdbi());
            var settings = new SiteSettings("Embassy", ZoneId.of("Europe/Moscow"),
                    List.of(new ClockSetting("Moscow", ZoneId.of("Europe/Moscow")),
                            new ClockSetting("London", ZoneId.of("Europe/London"))),
                    List.of(new ContactLine("Consular queries", "+44 (0) 203 668 7474", "")),
                    List.of(new DayCounter(LocalDate.of(2018, 3, 4), "the Salisbury incident", "no answer", true),
                            new DayCounter(LocalDate.of(2018, 3, 12), "another", "", false)));

            repository.replace(settings);
            repository.replace(settings);

            assertThat(repository.load()).isEqualTo(settings);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_schema_newer_than_the_program_is_refused_and_left_alone(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create()) {
            try (Database database = Database.open(db.resolved())) {
                database.jdbi().useHandle(h -> h.execute("INSERT INTO " + SchemaGuard.HISTORY_TABLE
                        + " (installed_rank, version, description, type, script, checksum, installed_by,"
                        + " installed_on, execution_time, success) VALUES"
                        + " (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'x', CURRENT_TIMESTAMP, 0, TRUE)"));
            }

            assertThatThrownBy(() -> Database.open(db.resolved()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("newer than this program")
                    .hasMessageContaining("999");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_database_of_another_application_is_refused(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create()) {
            if (db.config() == null) {
                Path file = db.dataDir().resolve(Database.SQLITE_FILE);
                TestDatabase.execute("jdbc:sqlite:" + file, "CREATE TABLE wp_posts (id INTEGER PRIMARY KEY)");
            } else {
                TestDatabase.execute(db.config().url(), "CREATE TABLE wp_posts (id INTEGER PRIMARY KEY)");
            }

            assertThatThrownBy(() -> Database.open(db.resolved()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("not a Chancery database")
                    .hasMessageContaining("wp_posts");
        }
    }

    @Test
    void sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout() {
        try (TestDatabase db = TestDatabase.sqlite(); Database database = Database.open(db.resolved())) {
            database.jdbi().useHandle(h -> {
                assertThat(h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(5000);
            });
        }
    }

    @Test
    void an_sqlite_file_of_another_application_is_left_byte_for_byte() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Path file = db.dataDir().resolve(Database.SQLITE_FILE);
            TestDatabase.execute("jdbc:sqlite:" + file, "CREATE TABLE wp_posts (id INTEGER PRIMARY KEY)");
            byte[] before = Files.readAllBytes(file);

            assertThatThrownBy(() -> Database.open(db.resolved())).isInstanceOf(DatabaseException.class);

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(db.dataDir().resolve(Database.SQLITE_FILE + "-wal")).doesNotExist();
        }
    }

    @Test
    void a_file_that_is_not_sqlite_is_refused_and_left_alone() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Path file = db.dataDir().resolve(Database.SQLITE_FILE);
            byte[] text = "these are somebody's notes, not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
            Files.write(file, text);

            assertThatThrownBy(() -> Database.open(db.resolved()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("not an SQLite database");

            assertThat(Files.readAllBytes(file)).isEqualTo(text);
        }
    }

    @Test
    void an_unsupported_url_is_refused_with_its_password_hidden() {
        var config = new org.chancery.config.Config.DatabaseConfig("jdbc:mysql://db/x?password=secret", null, null);
        assertThatThrownBy(() -> Database.open(config))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("unsupported database URL")
                .hasMessageNotContaining("secret");
    }

    private static long historyRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + SchemaGuard.HISTORY_TABLE
                + " WHERE success = TRUE").mapTo(Long.class).one());
    }

    private static long appliedMigrations() {
        return new java.io.File("src/main/resources/db/migration").list((d, n) -> n.matches("V\\d+__.*\\.sql")).length;
    }
}
