package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainTest {
    private final Path dir = tempDir();

    @AfterEach
    void removeDir() {
        TestDatabase.deleteTree(dir);
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void version_prints_the_program_version() {
        Run run = run("version");

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).matches("chancery \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void help_lists_the_commands_and_serve_help_lists_its_options() {
        Run top = run("--help");
        Run serve = run("serve", "--help");

        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("serve", "version");
        assertThat(serve.exit()).isZero();
        assertThat(serve.out()).contains("--port", "--data", "--no-sample");
    }

    @Test
    void an_unknown_flag_is_one_line_and_exit_code_2() {
        Run run = run("serve", "--bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("chancery: ").contains("--bogus").contains("chancery serve --help");
    }

    @Test
    void a_port_that_is_not_a_number_is_refused() {
        Run run = run("serve", "--port", "eighty");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("eighty");
    }

    @Test
    void a_port_out_of_range_is_refused() {
        Run run = run("serve", "--port", "70000", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("between 0 and 65535");
    }

    @Test
    void a_data_dir_that_cannot_be_written_is_one_line_and_exit_code_1() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        Run run = run("serve", "--data", file.toString(), "--port", "0");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("chancery: data directory").contains("not writable");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_media_dir_that_cannot_be_written_is_one_line_and_exit_code_1() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        Run run = run("serve", "--data", dir.resolve("data").toString(), "--media-dir", file.toString(),
                "--port", "0");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("chancery: media directory " + file.toAbsolutePath()).contains("not writable");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_port_in_use_is_one_line_and_exit_code_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", dir.toString());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().lines()).singleElement().asString()
                    .isEqualTo("chancery: port " + taken.getLocalPort() + " is already in use (choose another with --port)");
        }
    }

    @Test
    void a_database_that_is_not_chancerys_is_refused_in_one_line() throws Exception {
        Files.writeString(dir.resolve("chancery.db"), "not a database at all\n".repeat(200));

        Run run = run("serve", "--port", "0", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("not a Chancery database");
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("chancery-cli");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
