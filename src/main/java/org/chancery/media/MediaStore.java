package org.chancery.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.content.Slugs;

/**
 * The media directory, which several nodes may share (NFS). A file is named by the SHA-256 of
 * its bytes and its original name made safe ({@code ab/ab12...ef-visa-form.pdf}), so its address
 * never changes meaning and the same bytes under the same name are one file. It is written under
 * a temporary dot-name in the directory and renamed into place, so no node ever serves half a file.
 */
public final class MediaStore {
    /** A stored file's path: two hex digits, then the hash, a name of letters, digits and hyphens, an extension. */
    private static final Pattern PATH = Pattern.compile("([0-9a-f]{2})/\\1[0-9a-f]{62}-[a-z0-9]+(?:-[a-z0-9]+)*\\.([a-z]+)");
    private static final int NAME_LENGTH = 60;

    private final Path dir;

    public MediaStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The directory itself: renditions live in it too, under {@code r/}. */
    Path directory() {
        return dir;
    }

    /** What {@link #write} stored: the bytes' digest, the file's path in the directory, its kind and size. */
    record Stored(String sha256, String path, MediaKind kind, long bytes) {
    }

    /**
     * Writes {@code in} (at most {@code limit} bytes) under a name made from its digest and
     * {@code name}; refuses, leaving nothing behind, a file over the limit, an empty one or one
     * whose first bytes are not a {@link MediaKind}'s, and an image {@link ImageReading} cannot read safely.
     */
    Stored write(InputStream in, String name, long limit) {
        Path partial = null;
        try {
            Files.createDirectories(dir);
            partial = Files.createTempFile(dir, ".upload-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head;
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                head = in.readNBytes(MediaKind.HEAD_BYTES);
                out.write(head);
                size = head.length + copy(in, out, limit - head.length);
            }
            if (size == 0) {
                throw new MediaException(MediaException.Reason.EMPTY);
            }
            MediaKind kind = MediaKind.of(head).orElseThrow(() -> new MediaException(MediaKind.heic(head)
                    ? MediaException.Reason.HEIC : MediaException.Reason.NOT_ALLOWED));
            if (kind.image()) {
                ImageReading.check(partial, kind);  // before it is placed: an image refused leaves nothing
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            String path = digest.substring(0, 2) + "/" + digest + "-" + safeName(name) + "." + kind.extension();
            place(partial, dir.resolve(path));
            return new Stored(digest, path, kind, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the media directory " + dir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
            }
        }
    }

    /** The file at a stored path; empty for a path that no upload could have, or a file that is not there. */
    Optional<Path> file(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(path).normalize();
        return file.startsWith(dir) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The kind a stored path's extension names. */
    static Optional<MediaKind> kindOf(String path) {
        var m = PATH.matcher(path);
        return m.matches() ? MediaKind.byExtension(m.group(2)) : Optional.empty();
    }

    void delete(String path) {
        file(path).ifPresent(MediaStore::deleteQuietly);
    }

    /** The original name without its extension, in lower-case ASCII letters, digits and hyphens. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String slug = Slugs.slugify(dot > 0 ? base.substring(0, dot) : base).toLowerCase(Locale.ROOT);
        if (slug.length() <= NAME_LENGTH) {
            return slug;
        }
        return slug.substring(0, NAME_LENGTH).replaceAll("-+$", "");
    }

    private static long copy(InputStream in, OutputStream out, long room) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            copied += n;
            if (copied > room) {
                throw new MediaException(MediaException.Reason.TOO_LARGE);
            }
            out.write(buffer, 0, n);
        }
        return copied;
    }

    /** Renames the whole file into place; when it is there already (the same bytes and name), it is kept. */
    private static void place(Path partial, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the media directory cannot rename files atomically", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover dot-file is never served, listed or backed up
        }
    }
}
