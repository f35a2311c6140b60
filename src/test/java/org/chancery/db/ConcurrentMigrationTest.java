package org.chancery.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Two nodes starting together on an empty PostgreSQL database migrate it once, under Flyway's lock. */
class ConcurrentMigrationTest {

    @Test
    void two_nodes_starting_together_migrate_once() {
        Assumptions.assumeTrue(TestDatabase.postgresUrl() != null, "PostgreSQL is not configured");
        try (TestDatabase db = TestDatabase.postgres()) {
            var first = CompletableFuture.supplyAsync(() -> Database.open(db.config()));
            var second = CompletableFuture.supplyAsync(() -> Database.open(db.config()));
            try (Database a = first.join(); Database b = second.join()) {
                List<String> versions = a.jdbi().withHandle(h -> h.createQuery("SELECT version FROM "
                        + SchemaGuard.HISTORY_TABLE + " WHERE success ORDER BY installed_rank")
                        .mapTo(String.class).list());
                assertThat(versions).doesNotHaveDuplicates().contains("1", "9");
                assertThat(a.pendingMigrations()).isZero();
                assertThat(b.pendingMigrations()).isZero();
            }
        }
    }
}
