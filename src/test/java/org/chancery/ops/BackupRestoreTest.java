package org.chancery.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.chancery.account.Role;
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
