package org.chancery.ops;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.chancery.config.Config.DatabaseConfig;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Handle;

/**
 * The portable backup: every table as JSON lines with a manifest, plus the media directory, in
 * one zip. Written from one snapshot of a PostgreSQL database while the site serves, or from a
 * copy of an SQLite database beside the copy itself; restored,
 * all or nothing in one transaction, into a database of either kind that holds no rows yet and
 * has the same schema version.
 */
final class PortableBackup {
    private PortableBackup() {
    }

    private static ObjectMapper json() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Writes the backup, with the files of {@code mediaDir}, to {@code file}, whole or not at all. */
    static void write(Database db, Path mediaDir, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        ObjectMapper json = json();
        try (Handle h = db.jdbi().open()) {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                snapshot(h.getConnection(), db.dialect(), zip, json);
                Backup.addMedia(zip, mediaDir);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database for the backup: " + e.getMessage(), e);
        } finally {
            Backup.deleteQuietly(partial);
        }
    }

    /** Every table as one snapshot sees it: one read-only REPEATABLE READ transaction, rolled back after. */
    private static void snapshot(Connection c, Dialect dialect, ZipOutputStream zip, ObjectMapper json)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            dialect.beginSnapshot(c);
            writeTables(c, dialect, zip, json);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    /** Writes the tables of a copy of an SQLite database and their manifest into {@code zip}. */
    static void writeTables(Path sqliteCopy, ZipOutputStream zip) throws IOException {
        ObjectMapper json = json();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteCopy)) {
            writeTables(c, Dialect.SQLITE, zip, json);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the copy of the database: " + e.getMessage(), e);
        }
    }

    private static void writeTables(Connection c, Dialect dialect, ZipOutputStream zip, ObjectMapper json)
            throws SQLException, IOException {
        BackupManifest manifest = TableDump.write(c, dialect, zip, json);
        zip.putNextEntry(new ZipEntry(BackupManifest.FILE));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
    }

    /** Whether the backup {@code file} holds {@code entry}; refuses a damaged zip. */
    static boolean holds(Path file, String entry) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a whole Chancery backup (damaged or truncated: "
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks the whole file, then loads it into {@code database} or, without one, into a new SQLite
     * file in {@code dataDir} (written under a temporary name and moved into place when complete),
     * then unpacks the media into {@code mediaDir}.
     */
    static void restore(Path file, Path dataDir, Path mediaDir, Optional<DatabaseConfig> database) {
        ObjectMapper json = json();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupArchive.check(zip, mediaDir);
            BackupManifest manifest = TableLoad.check(zip, json);
            if (database.isPresent()) {
                load(zip, manifest, database.get(), json);
            } else {
                loadIntoNewSqliteFile(zip, manifest, dataDir, json);
            }
            unpackMedia(zip, mediaDir);
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a whole Chancery backup (damaged: " + e.getMessage()
                    + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    private static void loadIntoNewSqliteFile(ZipFile zip, BackupManifest manifest, Path dataDir, ObjectMapper json)
            throws IOException {
        Path db = dataDir.toAbsolutePath().resolve(Database.SQLITE_FILE);
        if (Files.exists(db)) {
            throw new IllegalArgumentException("the data directory " + dataDir + " already holds a site ("
                    + Database.SQLITE_FILE + "); restore into an empty one");
        }
        Path partial = db.resolveSibling(db.getFileName() + ".partial");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(partial + suffix));
        }
        try {
            load(zip, manifest, new DatabaseConfig("jdbc:sqlite:" + partial, null, null), json);
            Files.move(partial, db, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Backup.deleteQuietly(Path.of(partial + suffix));
            }
        }
    }

    /** Opens (and migrates) the target, refuses it unless empty and at the backup's schema, and loads in one transaction. */
    private static void load(ZipFile zip, BackupManifest manifest, DatabaseConfig config, ObjectMapper json) {
        try (Database db = Database.open(config)) {
            db.jdbi().useTransaction(h -> {
                Connection c = h.getConnection();
                String version = SchemaTables.schemaVersion(c);
                if (!version.equals(manifest.schemaVersion())) {
                    throw new IllegalArgumentException("the backup is of schema version " + manifest.schemaVersion()
                            + " and the database of version " + version + "; restore it with the Chancery that wrote it");
                }
                String occupied = SchemaTables.firstNonEmpty(c);
                if (occupied != null) {
                    throw new IllegalArgumentException("the database already holds a site (table " + occupied
                            + " has rows); restore into an empty database");
                }
                try {
                    TableLoad.load(c, db.dialect(), zip, manifest, json);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the backup: " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore into the database: " + e.getMessage(), e);
        }
    }

    private static void unpackMedia(ZipFile zip, Path mediaDir) throws IOException {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            Path target = Backup.mediaTarget(mediaDir, entry.getName());
            if (entry.isDirectory() || target == null) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            BackupArchive.copy(zip, entry, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
