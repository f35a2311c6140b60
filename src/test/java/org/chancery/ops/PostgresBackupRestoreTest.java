package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.support.Eventually.eventually;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.chancery.account.Role;
import org.chancery.support.ApiClient;
import org.chancery.support.Staff;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portable backup on PostgreSQL: taken while publishing goes on, it restores into an empty
 * database (and into an empty SQLite data directory) as the same site; a damaged file or a
 * database that holds a site is refused and left as it was.
 */
class PostgresBackupRestoreTest {
    private static final String API = "/api/v1/publications";
    private static final String CONCURRENT = "Concurrent statement";

    private TestSite site;
    private Path file;
    private final List<TestDatabase> targets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(TestDatabase.postgresUrl() != null, "PostgreSQL is not configured");
        site = TestSite.start(TestDatabase.postgres(), TestSite.SEED_INSTANT, c -> c);
        file = Files.createTempFile("chancery-backup", ".zip");
    }

    @AfterEach
    void stop() throws IOException {
        targets.forEach(TestDatabase::close);
        if (site != null) {
            site.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private TestDatabase target(TestDatabase db) {
        targets.add(db);
        return db;
    }

    @Test
    void a_backup_taken_while_publishing_restores_into_an_empty_database_as_the_same_site() throws Exception {
        Staff staff = Staff.of(site);
        ApiClient author = ApiClient.as(site, staff.add("ann@embassy.test", Role.AUTHOR));
        ApiClient editor = ApiClient.as(site, staff.add("ed@embassy.test", Role.EDITOR));
        String path = publish(author, editor, "Visa centre hours", "en");
        String russian = publish(author, editor, "Часы работы визового центра", "ru");
        Path media = site.app().config().mediaDirectory().resolve("2020/visa.pdf");
        Files.createDirectories(media.getParent());
        Files.write(media, new byte[] {37, 80, 68, 70, 0, 1, 2});

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger published = new AtomicInteger();
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                publish(author, editor, CONCURRENT + " " + published.incrementAndGet(), "ru");
            }
        });
        eventually(() -> assertThat(published).hasValueGreaterThanOrEqualTo(3));
        Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
        int atBackup = published.get();
        eventually(() -> assertThat(published).hasValueGreaterThanOrEqualTo(atBackup + 2));
        stop.set(true);
        publishing.get();
        site.indexed();

        TestDatabase restoredInto = target(TestDatabase.postgres());
        Map<String, String> restoredPages;
        Backup.restore(file, restoredInto.dataDir(), restoredInto.dataDir().resolve(Backup.MEDIA_DIR),
                Optional.of(restoredInto.config()));
        assertThat(restoredInto.dataDir().resolve("media/2020/visa.pdf")).hasBinaryContent(Files.readAllBytes(media));
        try (TestSite restored = TestSite.start(restoredInto, TestSite.SEED_INSTANT, c -> c.withLoadSample(false))) {
            targets.remove(restoredInto);
            restored.indexed();
            Jdbi jdbi = restored.app().database().jdbi();
            assertConsistent(jdbi);
            Set<Long> concurrent = concurrentIds(site.app().database().jdbi());
            assertThat(withoutConcurrent(rows(jdbi), concurrent))
                    .isEqualTo(withoutConcurrent(rows(site.app().database().jdbi()), concurrent));
            // English is as it is now; Russian, where publishing went on, as it was in the snapshot.
            assertThat(ComparedPages.inLanguage(restored, "en", path))
                    .isEqualTo(ComparedPages.inLanguage(site, "en", path));
            restoredPages = ComparedPages.of(restored, path, russian);
            assertThat(restored.page("/ru/news").select("a").eachText())
                    .containsAll(latestPublishedTitles(jdbi, "ru"));

            long last = jdbi.withHandle(h -> h.createQuery("SELECT MAX(id) FROM publications").mapTo(Long.class).one());
            long next = created(ApiClient.as(restored, Staff.of(restored).add("new@embassy.test", Role.EDITOR)));
            assertThat(next).as("identities continue after the restored rows").isEqualTo(last + 1);
        }

        TestDatabase sqlite = target(TestDatabase.sqlite());
        Backup.restore(file, sqlite.dataDir(), sqlite.dataDir().resolve(Backup.MEDIA_DIR), Optional.empty());
        try (TestSite restored = TestSite.start(sqlite, TestSite.SEED_INSTANT, c -> c.withLoadSample(false))) {
            targets.remove(sqlite);
            restored.indexed();
            assertThat(ComparedPages.of(restored, path, russian)).as("the same backup on SQLite, both languages")
                    .isEqualTo(restoredPages);
        }
    }

    @Test
    void a_truncated_or_damaged_file_is_refused_and_nothing_is_written() throws IOException {
        Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
        Path truncated = Files.createTempFile("chancery-truncated", ".zip");
        Path damaged = Files.createTempFile("chancery-damaged", ".zip");
        try {
            byte[] whole = Files.readAllBytes(file);
            Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
            withoutOneRow(file, damaged);
            for (Path bad : List.of(truncated, damaged)) {
                TestDatabase empty = target(TestDatabase.postgres());
                assertThatThrownBy(() -> Backup.restore(bad, empty.dataDir(),
                        empty.dataDir().resolve(Backup.MEDIA_DIR), Optional.of(empty.config())))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not a whole Chancery backup")
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
                assertThat(tableCount(empty)).as("no table created").isZero();
                assertThat(empty.dataDir().resolve(Backup.MEDIA_DIR)).doesNotExist();
            }
        } finally {
            Files.deleteIfExists(truncated);
            Files.deleteIfExists(damaged);
        }
    }

    @Test
    void a_database_that_holds_a_site_is_refused_and_left_as_it_was() {
        Backup.write(site.app().database(), site.app().config().mediaDirectory(), file);
        var before = rows(site.app().database().jdbi());

        assertThatThrownBy(() -> Backup.restore(file, site.app().config().dataDir(),
                site.app().config().mediaDirectory(), site.app().config().database()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already holds a site");
        assertThat(rows(site.app().database().jdbi())).isEqualTo(before);
    }

    private static String publish(ApiClient author, ApiClient editor, String title, String lang) {
        Map<String, Object> draft = new HashMap<>(ApiClient.draft(title));
        draft.put("language", lang);
        long id = author.post(API, draft).id();
        author.post(API + "/" + id + "/submit", null);
        ApiClient.Response done = editor.post(API + "/" + id + "/publish", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return done.text("path");
    }

    /** The titles the first page of a language's archive should list: its five latest publications. */
    private static List<String> latestPublishedTitles(Jdbi jdbi, String lang) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title FROM publications WHERE lang = :lang"
                + " AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 5")
                .bind("lang", lang).mapTo(String.class).list());
    }

    private static long created(ApiClient editor) {
        return editor.post(API, ApiClient.draft("After the restore")).id();
    }

    /**
     * The snapshot holds each publishing step whole: a publication of the publishing thread is
     * published in it exactly when its change log row and its audit entry are there too.
     */
    private static void assertConsistent(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            List<Long> published = h.createQuery("SELECT id FROM publications WHERE title LIKE :t"
                    + " AND status = 'published' ORDER BY id").bind("t", CONCURRENT + "%").mapTo(Long.class).list();
            List<Long> logged = h.createQuery("SELECT c.publication_id FROM change_log c JOIN publications p"
                    + " ON p.id = c.publication_id WHERE p.title LIKE :t AND c.kind = 'PUBLISHED'"
                    + " ORDER BY c.publication_id").bind("t", CONCURRENT + "%").mapTo(Long.class).list();
            List<String> audited = h.createQuery("SELECT a.subject FROM audit_log a JOIN publications p"
                    + " ON a.subject = 'publication:' || p.id WHERE p.title LIKE :t AND a.action LIKE 'publish%'"
                    + " ORDER BY p.id").bind("t", CONCURRENT + "%").mapTo(String.class).list();
            assertThat(published).isNotEmpty().isEqualTo(logged);
            assertThat(audited).isEqualTo(published.stream().map(id -> "publication:" + id).toList());
        });
    }

    private static Set<Long> concurrentIds(Jdbi jdbi) {
        return Set.copyOf(jdbi.withHandle(h -> h.createQuery("SELECT id FROM publications WHERE title LIKE :t")
                .bind("t", CONCURRENT + "%").mapTo(Long.class).list()));
    }

    /**
     * The rows with what the publishing thread wrote left out (its publications, their revisions,
     * change log rows and audit entries) and the tokens' last use, which its requests move on.
     */
    private static Map<String, List<Map<String, Object>>> withoutConcurrent(
            Map<String, List<Map<String, Object>>> all, Set<Long> ids) {
        Set<String> subjects = ids.stream().map(id -> "publication:" + id).collect(Collectors.toSet());
        var kept = new TreeMap<String, List<Map<String, Object>>>();
        all.forEach((table, rows) -> kept.put(table, rows.stream().filter(row -> switch (table) {
            case "publications" -> !ids.contains(((Number) row.get("id")).longValue());
            case "revisions", "change_notes", "change_log" -> !ids.contains(((Number) row.get("publication_id"))
                    .longValue());
            case "audit_log" -> !subjects.contains((String) row.get("subject"));
            default -> true;
        }).map(row -> {
            var copy = new TreeMap<>(row);
            copy.remove("last_used_at");
            return (Map<String, Object>) copy;
        }).toList()));
        return kept;
    }


    /** Every row of every table of the site (not Flyway's history, which is each database's own), in key order. */
    private static Map<String, List<Map<String, Object>>> rows(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            var all = new TreeMap<String, List<Map<String, Object>>>();
            for (String table : h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'chancery_schema_history' ORDER BY table_name").mapTo(String.class).list()) {
                all.put(table, h.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().list());
            }
            return all;
        });
    }

    private static int tableCount(TestDatabase db) {
        return Jdbi.create(db.config().url()).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM"
                + " information_schema.tables WHERE table_schema = current_schema()").mapTo(Integer.class).one());
    }

    /** A copy of the backup whose publications file lacks its last row: a whole zip that does not add up. */
    private static void withoutOneRow(Path from, Path to) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals("tables/publications.jsonl")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String trimmed = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1);
                    bytes = trimmed.getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }
}
