package org.chancery.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.support.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.Test;

/**
 * A node that finds changes were pruned from the log before it read them (it was away longer
 * than the retention) cannot know which: it drops every cache and checks its search index, so it
 * serves what the database holds rather than what it remembers.
 */
class MissedChangesHttpTest {
    @Test
    void a_node_that_missed_pruned_changes_drops_its_caches_and_rebuilds_its_index() {
        try (TestSite site = TestSite.sample()) {
            site.indexed();
            assertThat(site.page("/en/").select("nav.site-nav a").eachText()).doesNotContain("Zanzibar desk");
            assertThat(hits(site)).isEmpty();
            long last = site.app().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COALESCE(MAX(id), 0) FROM change_log").mapTo(Long.class).one());
            long old = TestSite.SEED_INSTANT.minus(Duration.ofDays(10)).toEpochMilli();

            // What another node changed while this one was away, and the log as pruning left it.
            site.app().database().jdbi().useTransaction(h -> {
                long id = h.createQuery("SELECT MIN(id) FROM publications WHERE lang = 'en' AND status = 'published'")
                        .mapTo(Long.class).one();
                h.createUpdate("UPDATE publications SET title = 'Zanzibar consular visit', updated_at = :at"
                        + " WHERE id = :id").bind("at", TestSite.SEED_INSTANT.plus(Duration.ofHours(1)).toEpochMilli()).bind("id", id).execute();
                h.execute("UPDATE menu_items SET label = 'Zanzibar desk' WHERE id = (SELECT MIN(id) FROM menu_items WHERE lang = 'en')");
                h.execute("UPDATE site_settings SET value = 'Embassy in Zanzibar' WHERE name = 'mission.name'");
                h.createUpdate("INSERT INTO change_log (kind, publication_id, occurred_at) VALUES"
                        + " ('UPDATED', :id, :old), ('MENU', 0, :old), ('SETTINGS', 0, :old), ('PAGE', 999999, :now)")
                        .bind("id", id).bind("old", old).bind("now", TestSite.SEED_INSTANT.toEpochMilli()).execute();
                h.createUpdate("DELETE FROM change_log WHERE id <= :through").bind("through", last + 3).execute();
            });

            eventually(() -> assertThat(site.page("/en/").select("nav.site-nav a").eachText())
                    .contains("Zanzibar desk"));
            eventually(() -> assertThat(site.page("/en/").title()).endsWith("Embassy in Zanzibar"));
            eventually(() -> assertThat(hits(site)).contains("Zanzibar consular visit"));
        }
    }

    private static List<String> hits(TestSite site) {
        return site.page("/en/search?q=zanzibar").select(".hit-title").eachText();
    }
}
