package org.chancery.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.chancery.Config.DatabaseConfig;
import org.chancery.db.Database;
import org.chancery.db.Dialect;

/**
 * A backup of a site: one zip file holding a consistent copy of the database and the media
 * directory, taken while the site serves. Every backup holds the portable form, every table as
 * JSON lines ({@link TableDump}) with a {@link BackupManifest}, which restores into an empty
 * PostgreSQL database or an empty SQLite data directory alike. On PostgreSQL it is read in one
 * read-only REPEATABLE READ transaction; on SQLite from a copy of the file made with
 * {@code VACUUM INTO} (it reads one snapshot, so writers carry on), and that copy is included too,
 * so a restore into SQLite gives back the very file. The search index is left out: a restored
 * site rebuilds it at start.
 */
public final class Backup {
    public static final String MEDIA_DIR = "media";

    private Backup() {
    }

    /** Writes the backup to {@code file}, whole or not at all. */
    public static void write(Database db, Path dataDir, Path file) {
        if (db.dialect() != Dialect.SQLITE) {
            PortableBackup.write(db, dataDir, file);
            return;
        }
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Path snapshot = target.resolveSibling(target.getFileName() + ".db.partial");
        try {
            Files.deleteIfExists(snapshot);
            db.jdbi().useHandle(h -> h.createUpdate("VACUUM INTO :file").bind("file", snapshot.toString()).execute());
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                add(zip, Database.SQLITE_FILE, snapshot);
                PortableBackup.writeTables(snapshot, zip);
                for (Path media : mediaFiles(dataDir)) {
                    add(zip, dataDir.relativize(media).toString().replace('\\', '/'), media);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(partial);
        }
    }

    /**
     * Restores a backup into the data directory's SQLite database, which must not exist yet, or
     * into {@code database}, which must hold no rows yet. A damaged file is refused before
     * anything is written.
     */
    public static void restore(Path file, Path dataDir, Optional<DatabaseConfig> database) {
        boolean portable = PortableBackup.holds(file, BackupManifest.FILE);
        boolean sqliteFile = PortableBackup.holds(file, Database.SQLITE_FILE);
        if (database.isEmpty() && sqliteFile) {
            restore(file, dataDir);
        } else if (portable) {
            PortableBackup.restore(file, dataDir, database);
        } else if (sqliteFile) {
            throw new IllegalArgumentException(file + " is a copy of an SQLite database from an older Chancery, which"
                    + " restores only into an SQLite data directory (unset CHANCERY_DB_URL)");
        } else {
            throw new IllegalArgumentException(file + " is not a Chancery backup (no " + BackupManifest.FILE + ")");
        }
    }

    /**
     * Unpacks a backup of an SQLite database into a data directory that holds no site yet. Files
     * are written under temporary names and moved into place last, the database after the media.
     */
    public static void restore(Path file, Path dataDir) {
        if (Files.exists(dataDir.resolve(Database.SQLITE_FILE))) {
            throw new IllegalArgumentException("the data directory " + dataDir + " already holds a site ("
                    + Database.SQLITE_FILE + "); restore into an empty one");
        }
        Path root = dataDir.toAbsolutePath().normalize();
        boolean sawDatabase = false;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(BackupManifest.FILE) || entry.getName().startsWith(TableDump.TABLES_DIR)) {
                    continue; // the portable form of the same rows, for restoring into PostgreSQL
                }
                Path target = root.resolve(entry.getName()).normalize();
                boolean isDatabase = entry.getName().equals(Database.SQLITE_FILE);
                if (entry.isDirectory() || !target.startsWith(root)
                        || !(isDatabase || entry.getName().startsWith(MEDIA_DIR + "/"))) {
                    throw new IllegalArgumentException(file + " is not a Chancery backup (unexpected entry '"
                            + entry.getName() + "')");
                }
                Files.createDirectories(target.getParent());
                Path partial = target.resolveSibling(target.getFileName() + ".partial");
                Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
                if (isDatabase) {
                    sawDatabase = true;
                } else {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            if (!sawDatabase) {
                throw new IllegalArgumentException(file + " is not a Chancery backup (no " + Database.SQLITE_FILE + ")");
            }
            Path db = root.resolve(Database.SQLITE_FILE);
            Files.move(db.resolveSibling(db.getFileName() + ".partial"), db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        }
    }

    static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    static List<Path> mediaFiles(Path dataDir) throws IOException {
        Path media = dataDir.resolve(MEDIA_DIR);
        if (!Files.isDirectory(media)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the backup itself succeeded or failed already
        }
    }
}
