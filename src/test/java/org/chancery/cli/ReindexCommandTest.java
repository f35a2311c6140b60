package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.chancery.App;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.config.Config;
import org.chancery.search.SearchIndex;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchService;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code chancery reindex} rebuilds the search index from the database, showing its progress. */
class ReindexCommandTest {
    private final TestDatabase db = TestDatabase.sqlite();
    private final String dir = db.dataDir().toString();

    @BeforeEach
    void sampleSite() {
        Config config = Config.of(0, db.dataDir()).withClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (App app = App.create(config)) {
            app.start();
        }
        TestDatabase.deleteTree(db.dataDir().resolve(App.INDEX_DIR));
    }

    @AfterEach
    void remove() {
        db.close();
    }

    private static Run reindex(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "reindex";
        System.arraycopy(args, 0, all, 1, args.length);
        return UserAndTokenCommandsTest.run("", false, Map.of(), all);
    }

    @Test
    void reindex_builds_the_index_and_reports_its_progress() {
        Run run = reindex("--data", dir);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).first().asString().startsWith("en [").contains("0%");
        assertThat(run.err().lines()).filteredOn(l -> l.startsWith("en [")).last().asString()
                .contains("100%").endsWith("11/11");
        assertThat(run.err().lines()).last().asString().startsWith("ru [").contains("100%").endsWith("2/2");
        assertThat(run.out()).matches("Indexed 13 publications in \\d+\\.\\d s\\n");
        try (SearchIndex index = SearchIndex.open(db.dataDir().resolve(App.INDEX_DIR), List.of("en"))) {
            var search = new SearchService(index, Clock.systemUTC(), () -> ZoneId.of("Europe/Moscow"));
            assertThat(search.search(SearchQuery.of("en", "pandemic")).total()).isEqualTo(2);
        }
    }

    @Test
    void reindex_refuses_while_a_server_holds_the_index() {
        Config config = Config.of(0, db.dataDir());
        try (App app = App.create(config)) {
            app.start();

            Run run = reindex("--data", dir);

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).startsWith("chancery: the search index ").contains("is in use by another process")
                    .hasLineCount(1);
        }
    }
}
