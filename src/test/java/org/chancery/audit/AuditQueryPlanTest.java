package org.chancery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.chancery.support.QueryPlans;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit log viewer stays fast however long the log grows: every page, filtered or not and
 * however deep, is read from an index in order, never by scanning or sorting the log.
 */
class AuditQueryPlanTest {
    private static final int ROWS = 20_000;
    private static final Optional<AuditFilter.Position> DEEP = Optional.of(new AuditFilter.Position(5_000_000L, 5_000));
    private static final List<AuditFilter> FILTERS = List.of(
            new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty()),
            new AuditFilter(Optional.empty(), Optional.empty(), DEEP),
            new AuditFilter(Optional.of("publish"), Optional.empty(), DEEP),
            new AuditFilter(Optional.empty(), Optional.of("cli"), DEEP),
            new AuditFilter(Optional.of("publish"), Optional.of("cli"), Optional.empty()));

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void every_page_is_read_from_an_index_in_order(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            fill(database);
            for (AuditFilter filter : FILTERS) {
                String plan = plan(database, filter);
                if (database.dialect() == Dialect.SQLITE) {
                    assertThat(plan).as("plan for %s", filter).doesNotContainPattern("SCAN a(?! USING)")
                            .doesNotContain("TEMP B-TREE").contains("USING INDEX audit_log_");
                } else {
                    assertThat(plan).as("plan for %s", filter).doesNotContain("Seq Scan on audit_log")
                            .doesNotContainPattern("(?m)^\\s*(->\\s*)?Sort").containsPattern("Index (Only )?Scan");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_deep_page_starts_right_after_the_position_given(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            fill(database);
            var queries = new AuditQueries(database.jdbi());

            List<AuditRow> page = queries.page(new AuditFilter(Optional.empty(), Optional.empty(), DEEP), 3);

            assertThat(page).extracting(AuditRow::detail).containsExactly("4999", "4998", "4997");
        }
    }

    /** Entries 1..ROWS, entry i at i seconds (so 5,000,000 ms is entry 5,000), a few actions and actors in turn. */
    private static void fill(Database db) {
        db.jdbi().useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO audit_log (occurred_at, actor, action, subject, detail)"
                    + " VALUES (:at, :actor, :action, :subject, :detail)");
            String[] actions = {"publish", "submit", "withdraw", "schedule", "page.update", "settings.masthead"};
            String[] actors = {"cli", "scheduler", "ed@embassy.test", "ann@embassy.test", "eve@embassy.test"};
            for (int i = 1; i <= ROWS; i++) {
                batch.bind("at", i * 1_000L).bind("actor", actors[i % actors.length])
                        .bind("action", actions[i % actions.length]).bind("subject", "publication:" + i)
                        .bind("detail", String.valueOf(i)).add();
            }
            batch.execute();
        });
        db.jdbi().useHandle(h -> h.execute(db.dialect() == Dialect.SQLITE ? "ANALYZE" : "VACUUM ANALYZE audit_log"));
    }

    private static String plan(Database db, AuditFilter filter) {
        return QueryPlans.explain(db, AuditQueries.pageSql(filter), query -> AuditQueries.bind(query, filter, 51));
    }
}
