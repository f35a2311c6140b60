package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every command that opens the site reads the same configuration file, and refuses a bad one before it starts. */
class ConfigFileCommandTest {
    private final Path dir = tempDir();

    @AfterEach
    void remove() {
        TestDatabase.deleteTree(dir);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chancery-conf");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path conf(String... lines) throws IOException {
        return Files.writeString(dir.resolve("chancery.conf"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private boolean hasSite(String name) {
        return Files.exists(dir.resolve(name).resolve(Database.SQLITE_FILE));
    }

    @Test
    void the_data_directory_comes_from_the_flag_else_the_environment_else_the_file() throws IOException {
        Path file = conf("data_dir = " + dir.resolve("from-file"));

        assertThat(UserAndTokenCommandsTest.run("", false, Map.of(), "user", "list", "--config", file.toString())
                .exit()).isZero();
        assertThat(UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_DATA_DIR", dir.resolve("from-env")
                .toString()), "user", "list", "--config", file.toString()).exit()).isZero();
        assertThat(UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_DATA_DIR", dir.resolve("from-env")
                .toString()), "token", "list", "--config", file.toString(), "--data", dir.resolve("from-flag")
                .toString()).exit()).isZero();

        assertThat(hasSite("from-file")).isTrue();
        assertThat(hasSite("from-env")).isTrue();
        assertThat(hasSite("from-flag")).isTrue();
    }

    @Test
    void chancery_config_names_the_file_when_the_flag_does_not() throws IOException {
        Path file = conf("data_dir = " + dir.resolve("named"));

        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_CONFIG", file.toString()), "user", "list");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(hasSite("named")).isTrue();
    }

    @Test
    void a_mistyped_key_stops_serve_with_one_line_before_anything_starts() throws IOException {
        Path file = conf("data_dir = " + dir.resolve("never"), "prot = 9000");

        Run run = UserAndTokenCommandsTest.run("", false, Map.of(), "serve", "--config", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("chancery: " + file + ":2: unknown key 'prot' (did you mean 'port'?)");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void a_bad_value_stops_every_command_that_opens_the_site() throws IOException {
        Path file = conf("data_dir = " + dir.resolve("never"), "shutdown_grace = a while");

        for (String[] command : new String[][] {{"reindex"}, {"backup", dir.resolve("b.zip").toString()},
            {"sample", "--generate", "1"}, {"restore", dir.resolve("b.zip").toString()}, {"token", "list"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--config", file.toString())).toArray(String[]::new);
            Run run = UserAndTokenCommandsTest.run("", false, Map.of(), args);

            assertThat(run.exit()).as(command[0]).isEqualTo(1);
            assertThat(run.err()).as(command[0]).isEqualTo("chancery: " + file
                    + ":2: shutdown_grace: expected a duration such as 10s, 500ms or 1m, got 'a while'\n");
        }
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void a_missing_configuration_file_is_refused() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of(), "user", "list", "--config",
                dir.resolve("absent.conf").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no configuration file " + dir.resolve("absent.conf") + " (--config)");
    }

    @Test
    void an_unknown_chancery_variable_is_a_warning_and_the_command_goes_on() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_DATA_DRI", "x"), "user", "list", "--data",
                dir.resolve("site").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("chancery: warning: environment variable CHANCERY_DATA_DRI is not a setting"
                + " and is ignored (did you mean CHANCERY_DATA_DIR?)\n");
    }

    @Test
    void an_unknown_chancery_variable_stops_serve_with_one_line_naming_the_setting_meant() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_PROT", "9000",
                "CHANCERY_DATA_DIR", dir.resolve("never").toString()), "serve");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().isEqualTo(
                "chancery: CHANCERY_PROT is not a setting (did you mean CHANCERY_PORT?); correct or unset it");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void serve_names_the_settings_list_when_no_setting_is_close() {
        Run run = UserAndTokenCommandsTest.run("", false, Map.of("CHANCERY_SOMETHING_ELSE", "x",
                "CHANCERY_DATA_DIR", dir.resolve("never").toString()), "serve");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("chancery: CHANCERY_SOMETHING_ELSE is not a setting (the settings' variables"
                + " are listed in docs/configuration.md); correct or unset it\n");
    }
}
