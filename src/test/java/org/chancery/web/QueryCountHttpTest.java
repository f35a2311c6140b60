package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers' pages run a fixed, small number of SQL statements however many publications they
 * show: no statement per listed item (no N+1). The page cache is off, so every request renders.
 */
class QueryCountHttpTest {
    private static final String API = "/api/v1/publications";
    /**
     * Home: the featured item, its series neighbours, the latest list. A publication: itself, its
     * change notes, its series neighbours, its translations. The archive: a page of ids and rows.
     */
    private static final int AT_MOST = 5;

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private TestSite site;
    private ApiClient author;
    private ApiClient editor;
    private final List<String> paths = new ArrayList<>();

    @BeforeEach
    void start() {
        site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT,
                c -> c.withLoadSample(false).withPageCache(false));
        Staff staff = Staff.of(site);
        author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
        site.app().database().jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                // only the request's statements, not those of the change follower or the indexer
                if (!Thread.currentThread().getName().startsWith("chancery-")) {
                    statements.add(context.getRenderedSql());
                }
            }
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** Publishes more items, every third a part of a series and the first featured. */
    private void publishUpTo(int count) {
        for (int published = paths.size(); published < count; published++) {
            Map<String, Object> fields = new HashMap<>(ApiClient.draft("Statement number " + published));
            if (published % 3 == 0) {
                fields.put("seriesKey", "briefings");
                fields.put("seriesPart", published / 3 + 1);
            }
            fields.put("featured", published == 0);
            long id = author.post(API, fields).id();
            author.post(API + "/" + id + "/submit", null);
            paths.add(editor.post(API + "/" + id + "/publish", null).text("path"));
        }
    }

    /** The statements one GET of the page runs, after a first GET has filled the settings and menu caches. */
    private List<String> statementsOf(String path) {
        site.page(path);
        statements.clear();
        site.page(path);
        return List.copyOf(statements);
    }

    @Test
    void home_archive_and_publication_pages_run_as_many_statements_for_3_items_as_for_12() {
        publishUpTo(3);
        List<String> home3 = statementsOf("/en/");
        List<String> archive3 = statementsOf("/en/news");
        List<String> publication3 = statementsOf(paths.get(0));

        publishUpTo(12);
        List<String> home12 = statementsOf("/en/");
        List<String> archive12 = statementsOf("/en/news");
        List<String> publication12 = statementsOf(paths.get(3));

        assertThat(home12).as("home").hasSameSizeAs(home3).hasSizeLessThanOrEqualTo(AT_MOST);
        assertThat(archive12).as("archive").hasSameSizeAs(archive3).hasSizeLessThanOrEqualTo(AT_MOST);
        assertThat(publication12).as("publication").hasSameSizeAs(publication3).hasSizeLessThanOrEqualTo(AT_MOST);
    }
}
