package org.chancery.ops;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chancery.db.Database;

/**
 * A backup file as untrusted input. Before a restore writes anything, {@link #check} reads every
 * entry of the zip once: only the entries a backup holds (the manifest, {@code tables/NAME.jsonl},
 * the SQLite file, {@code media/...}) with plain relative names (no {@code ..}, no absolute or
 * backslashed path), no entry that is itself a link ({@link ZipLinks}), a media file never written
 * through a link that is already in the media directory, at most {@value #MAX_ENTRIES} entries,
 * each no larger than its declared size, with its checksum, and none inflating more than
 * {@value #MAX_RATIO} times (a zip bomb; the tables' JSON shrinks about ten times, images and PDFs
 * hardly at all). Every later read goes through {@link #open}, bounded the same way. A restore
 * never creates a link: each entry becomes a file.
 */
final class BackupArchive {
    static final int MAX_ENTRIES = 1_000_000;
    static final long MAX_RATIO = 100;
    /** Below this size an entry's ratio is not held against it: a small file of one repeated byte is no bomb. */
    private static final long RATIO_FROM = 1024 * 1024;
    private static final Pattern TABLE_ENTRY = Pattern.compile(
            Pattern.quote(TableDump.TABLES_DIR) + "[a-z][a-z0-9_]{0,62}\\.jsonl");
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    private BackupArchive() {
    }

    /** Refuses the archive unless every entry is one a backup holds and reads back whole within the bounds. */
    static void check(ZipFile zip, Path mediaDir) throws IOException {
        Set<String> links = ZipLinks.in(Path.of(zip.getName()));
        if (!links.isEmpty()) {
            throw TableLoad.damaged(zip, "entry '" + links.iterator().next() + "' is a link");
        }
        int count = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (++count > MAX_ENTRIES) {
                throw TableLoad.damaged(zip, "more than " + MAX_ENTRIES + " entries");
            }
            if (!known(entry, mediaDir)) {
                throw TableLoad.damaged(zip, "unexpected entry '" + entry.getName() + "'");
            }
            if (Backup.mediaTarget(mediaDir, entry.getName()) != null) {
                refuseLinks(zip, mediaDir, entry.getName());
            }
            CRC32 crc = new CRC32();
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = open(zip, entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                }
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw TableLoad.damaged(zip, "entry '" + entry.getName() + "' does not match its checksum");
            }
        }
    }

    /** The entry's bytes, refused (as damage) past its declared size or its allowed ratio. */
    static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        long size = entry.getSize();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        if (size < 0 || entry.getCompressedSize() < 0) {
            throw TableLoad.damaged(zip, "entry '" + entry.getName() + "' declares no size");
        }
        if (size > RATIO_FROM && size / compressed > MAX_RATIO) {
            throw TableLoad.damaged(zip, "entry '" + entry.getName() + "' would inflate " + size / compressed
                    + " times (" + size + " bytes)");
        }
        return new Bounded(zip, entry, zip.getInputStream(entry));
    }

    /** Copies the entry to {@code target} through {@link #open}. */
    static void copy(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        try (InputStream in = open(zip, entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    private static boolean known(ZipEntry entry, Path mediaDir) {
        String name = entry.getName();
        if (entry.isDirectory()) {
            return false;
        }
        if (name.equals(BackupManifest.FILE) || name.equals(Database.SQLITE_FILE) || TABLE_ENTRY.matcher(name).matches()) {
            return true;
        }
        if (!name.startsWith(Backup.MEDIA_DIR + "/") || Backup.mediaTarget(mediaDir, name) == null) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a media entry whose way into the media directory passes a link already there, or ends on one. */
    private static void refuseLinks(ZipFile zip, Path mediaDir, String name) {
        Path root = mediaDir.toAbsolutePath().normalize();
        Path target = Backup.mediaTarget(mediaDir, name);
        for (Path p = target; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw TableLoad.damaged(zip, "entry '" + name + "' would be written through the link " + p);
            }
        }
    }

    /** Reads no more than the entry declares: a deflated stream that inflates further is damage, not data. */
    private static final class Bounded extends FilterInputStream {
        private final ZipFile zip;
        private final ZipEntry entry;
        private long left;

        Bounded(ZipFile zip, ZipEntry entry, InputStream in) {
            super(in);
            this.zip = zip;
            this.entry = entry;
            this.left = entry.getSize();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                if (super.read() >= 0) {
                    throw TableLoad.damaged(zip, "entry '" + entry.getName() + "' is larger than it declares");
                }
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
