package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.chancery.publication.PublicationType;
import org.chancery.support.QueryPlans;
import org.chancery.support.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The archive stays fast however large it grows: with many publications stored, every archive
 * query is answered from an index, never by scanning or sorting the table.
 */
class ArchiveQueryPlanTest {
    private static final int ROWS = 20_000;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<ArchiveFilter> FILTERS = List.of(
            ArchiveFilter.all("en"),
            new ArchiveFilter("en", Optional.of(PublicationType.INTERVIEW), Optional.empty(), Optional.empty()),
            new ArchiveFilter("en", Optional.empty(), Optional.of(2015), Optional.of(5)),
            new ArchiveFilter("en", Optional.of(PublicationType.SPEECH), Optional.of(2015), Optional.empty()));

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void archive_queries_read_an_index_and_never_scan_or_sort_the_table(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            fill(database);
            for (ArchiveFilter filter : FILTERS) {
                String page = plan(database, ArchiveQueries.pageSql(filter), filter);
                String count = plan(database, ArchiveQueries.countSql(filter), filter);
                assertIndexed(database.dialect(), filter, page);
                assertIndexed(database.dialect(), filter, count);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_deep_page_holds_the_right_items(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            fill(database);
            var queries = new ArchiveQueries(database.jdbi());
            ArchiveFilter all = ArchiveFilter.all("en");

            var page = queries.page(all, MOSCOW, 4_990, 10);

            assertThat(queries.count(all, MOSCOW)).isEqualTo(ROWS);
            assertThat(page).extracting(s -> s.title())
                    .containsExactly(Stream.iterate(ROWS - 4_990, i -> i - 1).limit(10).map(i -> "Item " + i)
                            .toArray(String[]::new));
        }
    }

    /**
     * Items 1..ROWS, one every six hours from 2010 on, types in turn; item ROWS is the newest.
     * Each has a lead of a real one's length, so rows are as wide as the planner will meet them.
     */
    private static void fill(Database db) {
        db.jdbi().useTransaction(ArchiveQueryPlanTest::insertItems);
        // Fresh statistics, as a running site has; on PostgreSQL VACUUM also sets the visibility
        // map that lets an index-only scan skip the table.
        db.jdbi().useHandle(h -> h.execute(db.dialect() == Dialect.SQLITE ? "ANALYZE" : "VACUUM ANALYZE publications"));
    }

    private static void insertItems(Handle h) {
        var batch = h.prepareBatch("INSERT INTO publications (slug, type, lang, status, title, lead, body,"
                + " published_at, featured, speakers, created_at, updated_at)"
                + " VALUES (:slug, :type, 'en', 'published', :title, :lead, '', :at, FALSE, '', :at, :at)");
        long start = java.time.Instant.parse("2010-01-01T00:00:00Z").toEpochMilli();
        PublicationType[] types = PublicationType.values();
        for (int i = 1; i <= ROWS; i++) {
            batch.bind("slug", "item-" + i).bind("type", types[i % types.length].code())
                    .bind("title", "Item " + i).bind("lead", lead(i)).bind("at", start + i * 6L * 3_600_000L).add();
        }
        batch.execute();
    }

    private static String lead(int i) {
        return ("Lead paragraph " + i + " on the talks of " + (i * 7919 % 1000) + " delegations. ").repeat(5);
    }

    private static String plan(Database db, String sql, ArchiveFilter filter) {
        return QueryPlans.explain(db, sql, query -> {
            query.bind("lang", filter.lang()).bind("limit", 10).bind("offset", 4_990);
            filter.type().ifPresent(t -> query.bind("type", t.code()));
            filter.range(MOSCOW).ifPresent(r -> query.bind("from", r[0].toEpochMilli()).bind("to", r[1].toEpochMilli()));
            return query;
        });
    }

    private static void assertIndexed(Dialect dialect, ArchiveFilter filter, String plan) {
        if (dialect == Dialect.SQLITE) {
            assertThat(plan).as("plan for %s", filter).doesNotContainPattern("SCAN publications(?! USING)")
                    .doesNotContain("TEMP B-TREE").contains("USING COVERING INDEX publications_by_");
        } else {
            assertThat(plan).as("plan for %s", filter).doesNotContain("Seq Scan").containsPattern("Index (Only )?Scan");
        }
    }
}
