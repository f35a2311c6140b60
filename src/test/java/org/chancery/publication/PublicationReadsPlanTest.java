package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.chancery.editor.EditorQueries;
import org.chancery.support.QueryPlans;
import org.chancery.support.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The home page and a publication's page read a handful of rows through an index however many
 * publications there are; almost none of them belong to a series and only a few are featured.
 */
class PublicationReadsPlanTest {
    private static final int ROWS = 20_000;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void series_featured_and_latest_lookups_use_an_index(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            database.jdbi().useTransaction(PublicationReadsPlanTest::fill);
            if (database.dialect() == Dialect.SQLITE) {
                // as a site runs: SQLite has no statistics until someone runs ANALYZE
                assertThat(plan(database, PublicationReads.SERIES_NEIGHBOURS_SQL))
                        .contains("USING INDEX publications_series");
            }
            database.jdbi().useHandle(h -> h.execute(
                    database.dialect() == Dialect.SQLITE ? "ANALYZE" : "VACUUM ANALYZE publications"));

            String series = plan(database, PublicationReads.SERIES_NEIGHBOURS_SQL);
            String featured = plan(database, PublicationReads.FEATURED_SQL);
            String latest = plan(database, PublicationReads.LATEST_SQL);

            if (database.dialect() == Dialect.SQLITE) {
                assertThat(series).contains("USING INDEX publications_series");
                assertThat(featured).contains("USING INDEX publications_featured").doesNotContain("TEMP B-TREE");
                assertThat(latest).containsPattern("USING (COVERING )?INDEX publications_by_date").doesNotContain("TEMP B-TREE");
            } else {
                for (String plan : new String[] {series, featured, latest}) {
                    assertThat(plan).doesNotContain("Seq Scan").containsPattern("Index (Only )?Scan");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_translation_group_is_read_through_the_key_and_the_translation_index(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            database.jdbi().useTransaction(PublicationReadsPlanTest::fill);
            database.jdbi().useHandle(h -> h.execute(
                    database.dialect() == Dialect.SQLITE ? "ANALYZE" : "VACUUM ANALYZE publications"));

            for (String sql : new String[] {PublicationReads.TRANSLATION_GROUP_SQL, EditorQueries.GROUP_MEMBERS_SQL}) {
                String plan = QueryPlans.explain(database, sql, query -> query.bind("group", 10_000L));
                if (database.dialect() == Dialect.SQLITE) {
                    assertThat(plan).contains("publications_translation_of").doesNotContainPattern("SCAN (TABLE )?publications");
                } else {
                    assertThat(plan).doesNotContain("Seq Scan");
                }
            }
        }
    }

    private static void fill(Handle h) {
        var batch = h.prepareBatch("INSERT INTO publications (slug, type, lang, status, title, lead, body,"
                + " published_at, featured, series_key, series_part, speakers, created_at, updated_at) VALUES"
                + " (:slug, 'news', 'en', 'published', :title, :lead, '', :at, :featured, :series, :part, '', :at, :at)");
        long start = Instant.parse("2010-01-01T00:00:00Z").toEpochMilli();
        for (int i = 1; i <= ROWS; i++) {
            boolean inSeries = i == 10_000 || i == 10_001;
            batch.bind("slug", "item-" + i).bind("title", "Item " + i)
                    .bind("lead", ("A lead of ordinary length for item " + i + ". ").repeat(6))
                    .bind("at", start + i * 3_600_000L).bind("featured", i % 500 == 0)
                    .bind("series", inSeries ? "series-3" : null)
                    .bind("part", inSeries ? i - 9_999 : null).add();
        }
        batch.execute();
    }

    private static String plan(Database db, String sql) {
        return QueryPlans.explain(db, sql, query -> query.bind("lang", "en").bind("key", "series-3").bind("before", 1).bind("after", 3)
                .bind("limit", 10).bind("exceptId", 1L));
    }
}
