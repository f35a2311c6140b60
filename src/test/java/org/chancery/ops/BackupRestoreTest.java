package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.support.Eventually.eventually;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.account.Role;
import org.chancery.content.Paths;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while the site serves, restored into an empty data directory, is the same site. */
class BackupRestoreTest {
    private static final String API = "/api/v1/publications";
    private static final String CONCURRENT = "Concurrent statement";

    @Test
    void a_restored_backup_reproduces_the_site_exactly_with_the_configured_media_directory(@TempDir Path media,
            @TempDir Path restoredMedia) throws IOException {
        TestDatabase restoredInto = TestDatabase.sqlite();
        Path file = Files.createTempFile("chancery-backup", ".zip");
        try (TestSite site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c.withMediaDir(media))) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            long id = author.post(API, ApiClient.draft("Visa centre hours")).id();
            author.post(API + "/" + id + "/submit", null);
            String path = editor.post(API + "/" + id + "/publish", null).text("path");
            Path pdf = media.resolve("2020/visa.pdf");
            Files.createDirectories(pdf.getParent());
            Files.write(pdf, new byte[] {37, 80, 68, 70, 0, 1, 2});
            Files.write(media.resolve(".upload-1.tmp"), new byte[] {1}); // an upload being written is left out
            site.indexed();

            Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
            Map<String, List<Map<String, Object>>> rowsBefore = rows(site.app().database().jdbi());
            Map<String, String> pagesBefore = ComparedPages.of(site, path);

            Backup.restore(file, restoredInto.dataDir(), restoredMedia);
            assertThat(restoredMedia.resolve("2020/visa.pdf")).hasBinaryContent(Files.readAllBytes(pdf));
            assertThat(restoredMedia.resolve(".upload-1.tmp")).doesNotExist();
            assertThat(restoredInto.dataDir().resolve(Backup.MEDIA_DIR)).doesNotExist();
            try (TestSite restored = TestSite.start(restoredInto, TestSite.SEED_INSTANT,
                    c -> c.withLoadSample(false).withMediaDir(restoredMedia))) {
                restored.indexed();
                assertThat(rows(restored.app().database().jdbi())).isEqualTo(rowsBefore);
                assertThat(ComparedPages.of(restored, path)).isEqualTo(pagesBefore);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_backup_taken_while_editors_publish_and_edit_restores_a_state_the_site_was_in() throws Exception {
        TestDatabase restoredInto = TestDatabase.sqlite();
        Path file = Files.createTempFile("chancery-backup", ".zip");
        try (TestSite site = TestSite.sample()) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger rounds = new AtomicInteger();
            CompletableFuture<Void> editing = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    publishAndEdit(author, editor, CONCURRENT + " " + rounds.incrementAndGet());
                }
            });
            awaitRounds(rounds, 3, editing);
            Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
            awaitRounds(rounds, rounds.get() + 2, editing);
            stop.set(true);
            editing.get();

            Backup.restore(file, restoredInto.dataDir(), restoredInto.dataDir().resolve(Backup.MEDIA_DIR));
            try (TestSite restored = TestSite.start(restoredInto, TestSite.SEED_INSTANT, c -> c.withLoadSample(false))) {
                Jdbi source = site.app().database().jdbi();
                Jdbi copy = restored.app().database().jdbi();
                List<Map<String, Object>> publications = copy.withHandle(h -> h.createQuery(
                        "SELECT id, version, lang, slug, status, title, lead, body FROM publications ORDER BY id")
                        .mapToMap().list());
                assertThat(publications).as("publications written while the backup was taken")
                        .anyMatch(p -> ((String) p.get("title")).startsWith(CONCURRENT));
                assertThat(revisions(copy)).as("revisions are never rewritten: each restored one is the site's")
                        .allSatisfy((key, row) -> assertThat(row).isEqualTo(revisions(source).get(key)));
                for (Map<String, Object> p : publications) {
                    long id = ((Number) p.get("id")).longValue();
                    long version = ((Number) p.get("version")).longValue();
                    // The sample was loaded without revisions, and nothing has changed it since.
                    List<Object> then = contentAt(source, id, version).orElseGet(() -> current(source, id));
                    assertThat(then).as("publication %d as of version %d", id, version)
                            .isEqualTo(List.of(p.get("title"), p.get("lead"), p.get("body")));
                    assertThat(contentAt(copy, id, version)).as("its revisions restored up to that version")
                            .isEqualTo(contentAt(source, id, version));
                    if ("published".equals(p.get("status"))) {
                        String path = Paths.publication((String) p.get("lang"), id, (String) p.get("slug"));
                        assertThat(restored.page(path).select("h1").text()).contains((String) p.get("title"));
                    }
                }
                assertPublishedWithItsLogRow(copy);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_backup_of_an_sqlite_site_restores_into_an_empty_postgresql_database() throws IOException {
        Assumptions.assumeTrue(TestDatabase.postgresUrl() != null, "PostgreSQL is not configured");
        TestDatabase restoredInto = TestDatabase.postgres();
        Path file = Files.createTempFile("chancery-backup", ".zip");
        try (TestSite site = TestSite.sample()) {
            Staff staff = Staff.of(site);
            ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
            ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
            long id = author.post(API, ApiClient.draft("Visa centre hours")).id();
            author.post(API + "/" + id + "/submit", null);
            String path = editor.post(API + "/" + id + "/publish", null).text("path");
            site.indexed();
            Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
            Map<String, String> pagesBefore = ComparedPages.of(site, path);

            Backup.restore(file, restoredInto.dataDir(), restoredInto.dataDir().resolve(Backup.MEDIA_DIR),
                    Optional.of(restoredInto.config()));
            try (TestSite restored = TestSite.start(restoredInto, TestSite.SEED_INSTANT, c -> c.withLoadSample(false))) {
                restored.indexed();
                assertThat(ComparedPages.of(restored, path)).isEqualTo(pagesBefore);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void restore_refuses_a_data_directory_that_holds_a_site() throws IOException {
        Path file = Files.createTempFile("chancery-backup", ".zip");
        try (TestSite site = TestSite.sample()) {
            Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
            Path dataDir = site.app().config().dataDir();
            assertThatThrownBy(() -> Backup.restore(file, dataDir, site.app().config().mediaDirectory()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already holds a site");
        } finally {
            Files.deleteIfExists(file);
        }
    }


    /** Publishes a new statement, then edits it: four saves, a new version each. */
    private static void publishAndEdit(ApiClient author, ApiClient editor, String title) {
        long id = author.post(API, ApiClient.draft(title)).id();
        author.post(API + "/" + id + "/submit", null);
        ApiClient.Response published = editor.post(API + "/" + id + "/publish", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        var edited = editor.patch(API + "/" + id, Map.of("version", published.version(),
                "title", title + " (revised)", "body", "The revised body of " + title + ".", "changeNote", "Revised"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    private static void awaitRounds(AtomicInteger rounds, int atLeast, CompletableFuture<Void> editing) {
        eventually(() -> {
            assertThat(editing).as("the editing thread").isNotCompletedExceptionally();
            assertThat(rounds).hasValueGreaterThanOrEqualTo(atLeast);
        });
    }

    /** The content a publication had at a version: its latest revision saved at or before it. */
    private static Optional<List<Object>> contentAt(Jdbi jdbi, long id, long version) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title, lead, body FROM revisions WHERE publication_id = :id"
                + " AND version <= :version ORDER BY number DESC LIMIT 1").bind("id", id).bind("version", version)
                .map((rs, ctx) -> List.<Object>of(rs.getString("title"), rs.getString("lead"), rs.getString("body")))
                .findOne());
    }

    private static List<Object> current(Jdbi jdbi, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title, lead, body FROM publications WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> List.<Object>of(rs.getString("title"), rs.getString("lead"), rs.getString("body")))
                .one());
    }

    private static Map<Object, Map<String, Object>> revisions(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            var all = new TreeMap<Object, Map<String, Object>>();
            h.createQuery("SELECT * FROM revisions").mapToMap().forEach(row -> all.put(
                    ((Number) row.get("id")).longValue(), row));
            return all;
        });
    }

    /** Each step was copied whole: a statement is published in the copy exactly when its change log says so. */
    private static void assertPublishedWithItsLogRow(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            List<Long> published = h.createQuery("SELECT id FROM publications WHERE title LIKE :t"
                    + " AND status = 'published' ORDER BY id").bind("t", CONCURRENT + "%").mapTo(Long.class).list();
            List<Long> logged = h.createQuery("SELECT DISTINCT c.publication_id FROM change_log c JOIN publications p"
                    + " ON p.id = c.publication_id WHERE p.title LIKE :t AND c.kind = 'PUBLISHED'"
                    + " ORDER BY c.publication_id").bind("t", CONCURRENT + "%").mapTo(Long.class).list();
            assertThat(published).isEqualTo(logged);
        });
    }

    /** Every row of every table, in key order. */
    private static Map<String, List<Map<String, Object>>> rows(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            var all = new TreeMap<String, List<Map<String, Object>>>();
            for (String table : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name").mapTo(String.class).list()) {
                all.put(table, h.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().list());
            }
            return all;
        });
    }
}
