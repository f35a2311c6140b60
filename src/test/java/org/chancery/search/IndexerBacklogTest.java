package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.content.BodyRenderer;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** What the indexer has been given and not yet applied, as {@code /metrics} shows it. */
class IndexerBacklogTest {
    private static final Instant AT = Instant.parse("2020-05-26T09:57:00Z");

    @Test
    void events_waiting_for_the_indexer_are_counted_and_aged_until_applied() throws Exception {
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        try (TestDatabase db = TestDatabase.sqlite();
                Database database = Database.open(Database.sqliteIn(db.dataDir()));
                SearchIndex index = SearchIndex.open(Files.createDirectories(db.dataDir().resolve("index")),
                        List.of("en", "ru"))) {
            // The indexer's first read waits until the test lets the database answer.
            Jdbi slow = Jdbi.create(() -> {
                try {
                    databaseAnswers.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DriverManager.getConnection("jdbc:sqlite:" + db.dataDir().resolve(Database.SQLITE_FILE));
            });
            try (Indexer indexer = new Indexer(index, new IndexableReads(slow), new BodyRenderer(),
                    () -> ZoneId.of("Europe/Moscow"))) {
                assertThat(indexer.queued()).isZero();
                assertThat(indexer.lag("en")).isZero();

                indexer.follow(new Event(Kind.PUBLISHED, 1, AT));
                indexer.follow(new Event(Kind.UPDATED, 2, AT));
                indexer.follow(new Event(Kind.MENU, 0, AT));
                Thread.sleep(20);
                assertThat(indexer.queued()).as("menus are not indexed").isEqualTo(2);
                assertThat(indexer.lag("en")).isGreaterThanOrEqualTo(Duration.ofMillis(20));
                assertThat(indexer.lag("ru")).isGreaterThanOrEqualTo(Duration.ofMillis(20));

                databaseAnswers.countDown();
                indexer.awaitIdle(Duration.ofSeconds(10));
                assertThat(indexer.queued()).isZero();
                assertThat(indexer.lag("en")).isZero();
            }
        } finally {
            databaseAnswers.countDown();
        }
    }
}
