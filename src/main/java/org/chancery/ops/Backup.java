package org.chancery.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.chancery.config.Config.DatabaseConfig;
import org.chancery.db.Database;

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
    /** The folder of the zip that holds the media directory's files, wherever that directory is. */
    public static final String MEDIA_DIR = "media";

    private Backup() {
    }

    /** Writes the backup of the database and the files in {@code mediaDir} to {@code file}, whole or not at all. */
    public static void write(Database db, Path mediaDir, Path file) {
        if (!db.dialect().isOneFile()) {
            PortableBackup.write(db, mediaDir, file);
            return;
        }
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Path snapshot = target.resolveSibling(target.getFileName() + ".db.partial");
        try {
            Files.deleteIfExists(snapshot);
            db.jdbi().useHandle(h -> db.dialect().copyInto(h, snapshot));
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                add(zip, Database.SQLITE_FILE, snapshot);
                PortableBackup.writeTables(snapshot, zip);
                addMedia(zip, mediaDir);
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
     * into {@code database}, which must hold no rows yet, and its media into {@code mediaDir}. A
     * damaged or crafted file is refused before anything is written.
     */
    public static void restore(Path file, Path dataDir, Path mediaDir, Optional<DatabaseConfig> database) {
        boolean portable = PortableBackup.holds(file, BackupManifest.FILE);
        boolean sqliteFile = PortableBackup.holds(file, Database.SQLITE_FILE);
        if (database.isEmpty() && sqliteFile) {
            restore(file, dataDir, mediaDir);
        } else if (portable) {
            PortableBackup.restore(file, dataDir, mediaDir, database);
        } else if (sqliteFile) {
            throw new IllegalArgumentException(file + " is a copy of an SQLite database from an older Chancery, which"
                    + " restores only into an SQLite data directory (unset CHANCERY_DB_URL)");
        } else {
            throw new IllegalArgumentException(file + " is not a Chancery backup (no " + BackupManifest.FILE + ")");
        }
    }

    /**
     * Unpacks a backup of an SQLite database into a data directory that holds no site yet, and its
     * media into {@code mediaDir}. The whole file is checked first ({@link BackupArchive}); files are
     * written under temporary names and moved into place last, the database after the media.
     */
    public static void restore(Path file, Path dataDir, Path mediaDir) {
        if (Files.exists(dataDir.resolve(Database.SQLITE_FILE))) {
            throw new IllegalArgumentException("the data directory " + dataDir + " already holds a site ("
                    + Database.SQLITE_FILE + "); restore into an empty one");
        }
        Path db = dataDir.toAbsolutePath().normalize().resolve(Database.SQLITE_FILE);
        Path partialDb = db.resolveSibling(db.getFileName() + ".partial");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupArchive.check(zip, mediaDir);
            ZipEntry database = zip.getEntry(Database.SQLITE_FILE);
            if (database == null) {
                throw new IllegalArgumentException(file + " is not a Chancery backup (no " + Database.SQLITE_FILE + ")");
            }
            Files.deleteIfExists(partialDb);
            BackupArchive.copy(zip, database, partialDb);
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                Path target = mediaTarget(mediaDir, entry.getName());
                if (target != null) {
                    Files.createDirectories(target.getParent());
                    Path partial = target.resolveSibling(target.getFileName() + ".partial");
                    Files.deleteIfExists(partial);
                    BackupArchive.copy(zip, entry, partial);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(partialDb, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a whole Chancery backup (damaged: " + e.getMessage()
                    + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partialDb);
        }
    }

    static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Adds every file of the media directory under {@code media/}; uploads still being written (dot files) are left out. */
    static void addMedia(ZipOutputStream zip, Path mediaDir) throws IOException {
        for (Path media : mediaFiles(mediaDir)) {
            add(zip, MEDIA_DIR + "/" + mediaDir.relativize(media).toString().replace('\\', '/'), media);
        }
    }

    private static List<Path> mediaFiles(Path mediaDir) throws IOException {
        if (!Files.isDirectory(mediaDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(mediaDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Where the zip's entry {@code media/...} goes in {@code mediaDir}; null for any other entry or one that leaves it. */
    static Path mediaTarget(Path mediaDir, String entry) {
        if (!entry.startsWith(MEDIA_DIR + "/")) {
            return null;
        }
        Path root = mediaDir.toAbsolutePath().normalize();
        Path target = root.resolve(entry.substring(MEDIA_DIR.length() + 1)).normalize();
        return target.startsWith(root) && !target.equals(root) ? target : null;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the backup itself succeeded or failed already
        }
    }
}
