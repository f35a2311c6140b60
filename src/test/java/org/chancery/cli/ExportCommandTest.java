package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.chancery.App;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.config.Config;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chancery export-static DIR}: writes the site, and refuses a directory it must not write into. */
class ExportCommandTest {
    private static final String BASE = "https://www.embassy.example";
    /** The sample site, which no test changes: they export it, or are refused before reading it. */
    private static TestDatabase db;
    private static String data;

    @TempDir
    Path out;

    @BeforeAll
    static void sampleSite() {
        db = TestDatabase.sqlite();
        data = db.dataDir().toString();
        Config config = Config.of(0, db.dataDir()).withClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (App app = App.create(config)) {
            app.start();
        }
    }

    @AfterAll
    static void remove() {
        db.close();
    }

    private static Run export(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-static";
        System.arraycopy(args, 0, all, 1, args.length);
        return UserAndTokenCommandsTest.run("", false, env, all);
    }

    @Test
    void export_writes_the_site_and_a_second_run_writes_nothing() {
        Path site = out.resolve("site");
        Run first;
        Run second;
        Instant started;
        do {
            // The export's clock stands at the start of the hour; two runs astride an hour differ, so run them again.
            started = Instant.now();
            if (Files.exists(site)) {
                TestDatabase.deleteTree(site);
            }
            first = export(Map.of(), site.toString(), "--data", data, "--base-url", BASE);
            second = export(Map.of("CHANCERY_BASE_URL", BASE), site.toString(), "--data", data);
        } while (!started.truncatedTo(ChronoUnit.HOURS).equals(Instant.now().truncatedTo(ChronoUnit.HOURS)));

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("Exported [\\d,]+ files to .* in \\d+\\.\\d s \\([\\d,]+ files a second\\):"
                + " [\\d,]+ written, 0 unchanged, 0 removed\\n");
        assertThat(site.resolve("en/feed.xml")).content().contains("<link>" + BASE + "/en/");
        assertThat(site.resolve("sitemap.xml")).content().contains("<loc>" + BASE + "/en/</loc>");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern(" 0 written, [\\d,]+ unchanged, 0 removed\\n");
    }

    @Test
    void a_file_is_refused() throws IOException {
        Path file = Files.writeString(out.resolve("site"), "not a directory");

        Run run = export(Map.of(), file.toString(), "--data", data, "--base-url", BASE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("chancery: " + file + " is a file, not a directory\n");
        assertThat(file).hasContent("not a directory");
    }

    @Test
    void a_directory_with_other_files_and_no_previous_export_is_refused_and_left_alone() throws IOException {
        Path mine = Files.writeString(out.resolve("index.html"), "mine");

        Run run = export(Map.of(), out.toString(), "--data", data, "--base-url", BASE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("chancery: " + out + " is not empty and holds no previous export"
                + " (.chancery-export.json); choose an empty directory\n");
        assertThat(mine).hasContent("mine");
        assertThat(out.resolve(".chancery-export.json")).doesNotExist();
    }

    @Test
    void a_directory_that_cannot_be_created_is_refused() throws IOException {
        Path file = Files.writeString(out.resolve("file"), "x");

        Run run = export(Map.of(), file.resolve("site").toString(), "--data", data, "--base-url", BASE);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("chancery: cannot create the directory " + file.resolve("site")).hasLineCount(1);
    }

    @Test
    void without_a_base_url_the_export_is_refused() {
        Run run = export(Map.of(), out.resolve("site").toString(), "--data", data);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("chancery: export-static needs the site's public address: --base-url URL,"
                + " CHANCERY_BASE_URL or base_url in chancery.conf\n");
        assertThat(out.resolve("site")).doesNotExist();
    }
}
