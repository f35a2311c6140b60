package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.chancery.App;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.config.Config;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code chancery backup FILE} and {@code chancery restore FILE}. */
class BackupCommandTest {
    private final TestDatabase source = TestDatabase.sqlite();
    private final TestDatabase target = TestDatabase.sqlite();

    @AfterEach
    void remove() {
        source.close();
        target.close();
    }

    @Test
    void backup_then_restore_into_an_empty_directory_and_refuse_a_second_restore() throws IOException {
        Config config = Config.of(0, source.dataDir()).withClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (App app = App.create(config)) {
            app.start();
        }
        Path file = source.dataDir().resolve("site.zip");

        Run backup = UserAndTokenCommandsTest.run("", false, Map.of(), "backup", "--data", source.dataDir().toString(),
                file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up ");
        assertThat(file).isRegularFile();

        Run restore = UserAndTokenCommandsTest.run("", false, Map.of(), "restore", "--data",
                target.dataDir().toString(), file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(target.dataDir().resolve(Database.SQLITE_FILE)).isRegularFile();

        Run again = UserAndTokenCommandsTest.run("", false, Map.of(), "restore", "--data",
                target.dataDir().toString(), file.toString());
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already holds a site");
        assertThat(Files.list(source.dataDir()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".partial"));
    }

    @Test
    void a_truncated_backup_is_refused_in_one_line_and_nothing_is_written() throws IOException {
        Config config = Config.of(0, source.dataDir()).withClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (App app = App.create(config)) {
            app.start();
        }
        Path file = source.dataDir().resolve("site.zip");
        UserAndTokenCommandsTest.run("", false, Map.of(), "backup", "--data", source.dataDir().toString(),
                file.toString());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 100));

        Run restore = UserAndTokenCommandsTest.run("", false, Map.of(), "restore", "--data",
                target.dataDir().toString(), file.toString());

        assertThat(restore.exit()).isNotZero();
        assertThat(restore.err()).contains("is not a whole Chancery backup").hasLineCount(1);
        assertThat(Files.list(target.dataDir())).isEmpty();
    }
}
