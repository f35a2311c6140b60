package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.chancery.App;
import org.chancery.cli.UserAndTokenCommandsTest.Run;
import org.chancery.config.Config;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A backup file is untrusted input: {@code chancery restore} refuses a crafted one in one line with a
 * non-zero exit and leaves the target as it was, on SQLite and on PostgreSQL. The files are a real
 * backup of the sample site without its SQLite copy (as a backup of PostgreSQL is), then altered.
 */
class CraftedBackupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL_IN_A_COLUMN = "value) VALUES (?, ?); CREATE TABLE pwned (x INTEGER); --";

    private static TestDatabase source;
    private static Map<String, byte[]> genuine;

    @TempDir
    Path outside;

    @BeforeAll
    static void backUp() throws IOException {
        source = TestDatabase.sqlite();
        Config config = Config.of(0, source.dataDir()).withClock(Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        try (App app = App.create(config)) {
            app.start();
        }
        Path file = source.dataDir().resolve("site.zip");
        Run backup = UserAndTokenCommandsTest.run("", false, Map.of(), "backup", "--data", source.dataDir().toString(),
                file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        genuine = entries(file);
        genuine.remove(Database.SQLITE_FILE);
    }

    @AfterAll
    static void remove() {
        source.close();
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** The genuine backup altered by {@code change}, written to a file. */
    private Path crafted(Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(genuine);
        change.accept(entries);
        Path file = outside.resolve("crafted-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Run restore(TestDatabase target, Path file) {
        Map<String, String> env = new HashMap<>();
        if (target.config() != null) {
            env.put("CHANCERY_DB_URL", target.config().url());
        }
        return UserAndTokenCommandsTest.run("", false, env, "restore", "--data", target.dataDir().toString(),
                file.toString());
    }

    /** Refused in one line, and the target holds no more than before: no database file, no tables, no media. */
    private static void assertRefusedAndUntouched(TestDatabase target, Run run, String why) throws Exception {
        assertThat(run.exit()).as(run.out()).isNotZero();
        assertThat(run.err()).contains(why).hasLineCount(1);
        try (Stream<Path> files = Files.walk(target.dataDir())) {
            assertThat(files.filter(Files::isRegularFile).collect(Collectors.toList())).isEmpty();
        }
        if (target.config() != null) {
            try (Connection c = DriverManager.getConnection(target.config().url());
                    ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables"
                            + " WHERE table_schema = current_schema()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("tables in the target").isZero();
            }
        }
    }

    private static void renameColumn(Map<String, byte[]> entries, String table, String column, String to) {
        try {
            ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
            for (var t : manifest.withArray("tables")) {
                if (t.path("name").asText().equals(table)) {
                    ArrayNode columns = (ArrayNode) t.path("columns");
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i).asText().equals(column)) {
                            columns.set(i, to);
                        }
                    }
                }
            }
            entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
            String rows = new String(entries.get("tables/" + table + ".jsonl"), StandardCharsets.UTF_8);
            entries.put("tables/" + table + ".jsonl", rows.replace("\"" + column + "\":",
                    JSON.writeValueAsString(to) + ":").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sql_in_a_column_name_is_refused_before_the_database_is_opened(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase target = kind.create()) {
            Path file = crafted(e -> renameColumn(e, "site_settings", "value", SQL_IN_A_COLUMN));

            Run run = restore(target, file);

            assertRefusedAndUntouched(target, run, "the manifest names a column");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_column_or_table_the_schema_does_not_have_is_refused_and_nothing_is_kept(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase target = kind.create()) {
            Path file = crafted(e -> renameColumn(e, "site_settings", "value", "password_hash"));

            Run run = restore(target, file);

            assertThat(run.exit()).isNotZero();
            assertThat(run.err()).contains("has no column password_hash").hasLineCount(1);
            assertThat(target.dataDir().resolve(Database.SQLITE_FILE)).doesNotExist();
            if (target.config() != null) {
                try (Connection c = DriverManager.getConnection(target.config().url());
                        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM site_settings")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_entry_that_climbs_out_or_is_absolute_is_refused(TestDatabase.Kind kind) throws Exception {
        for (String name : new String[] {"media/../../escaped.txt", "media//etc/escaped.txt", "/escaped.txt",
            "media/ab/..\\..\\escaped.txt", "tables/../escaped.jsonl"}) {
            try (TestDatabase target = kind.create()) {
                Path file = crafted(e -> e.put(name, "x".getBytes(StandardCharsets.UTF_8)));

                Run run = restore(target, file);

                assertRefusedAndUntouched(target, run, "unexpected entry");
                assertThat(outside.resolve("escaped.txt")).doesNotExist();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_link_in_the_media_directory_is_not_written_through(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase target = kind.create()) {
            Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
            Files.createDirectories(target.dataDir().resolve("media"));
            Files.createSymbolicLink(target.dataDir().resolve("media/ab"), elsewhere);
            Path file = crafted(e -> e.put("media/ab/photo.jpg", new byte[] {1, 2, 3}));

            Run run = restore(target, file);

            assertThat(run.exit()).isNotZero();
            assertThat(run.err()).contains("through the link").hasLineCount(1);
            try (Stream<Path> files = Files.list(elsewhere)) {
                assertThat(files).isEmpty();
            }
            assertThat(target.dataDir().resolve(Database.SQLITE_FILE)).doesNotExist();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_entry_that_is_a_link_is_refused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase target = kind.create()) {
            Path file = crafted(e -> e.put("media/ab/link.jpg", "/etc/passwd".getBytes(StandardCharsets.UTF_8)));
            markAsLink(file, "media/ab/link.jpg");

            Run run = restore(target, file);

            assertRefusedAndUntouched(target, run, "is a link");
        }
    }

    /** Marks the entry as a Unix symbolic link, as zip --symlinks writes one: made on Unix, mode 0120777. */
    private static void markAsLink(Path file, String name) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= zip.length; at++) {
            boolean header = zip[at] == 0x50 && zip[at + 1] == 0x4b && zip[at + 2] == 0x01 && zip[at + 3] == 0x02;
            if (header && java.util.Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                zip[at + 5] = 3;
                int attributes = 0120777 << 16;
                for (int i = 0; i < 4; i++) {
                    zip[at + 38 + i] = (byte) (attributes >>> (8 * i));
                }
                Files.write(file, zip);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_entry_that_inflates_a_thousand_times_is_refused_unread(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase target = kind.create()) {
            Path file = crafted(e -> e.put("media/ab/bomb.jpg", new byte[64 * 1024 * 1024]));

            Run run = restore(target, file);

            assertRefusedAndUntouched(target, run, "would inflate");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_genuine_backup_still_restores(TestDatabase.Kind kind) throws SQLException, IOException {
        try (TestDatabase target = kind.create()) {
            Run run = restore(target, crafted(e -> e.put("media/ab/photo.jpg", new byte[] {1, 2, 3})));

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(target.dataDir().resolve("media/ab/photo.jpg")).hasBinaryContent(new byte[] {1, 2, 3});
        }
    }
}
