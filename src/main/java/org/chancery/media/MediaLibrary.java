package org.chancery.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.background.Background;
import org.chancery.background.BackgroundQueue;
import org.chancery.content.PictureSizes;
import org.chancery.db.UniqueViolation;
import org.chancery.validation.ControlCharacters;
import org.jdbi.v3.core.Jdbi;

/**
 * The media library: uploaded images and PDFs, their bytes in the {@link MediaStore} and a row
 * each in the database, so every node sharing both lists and serves the same files. The same
 * bytes uploaded again are the file already there. Uploads, deletions and focal points are audited.
 * After an upload, the image's {@link Renditions} are made on a thread of their own, one image at
 * a time; one asked for before then is made when it is asked for.
 */
public final class MediaLibrary implements AutoCloseable {
    /** The largest file accepted: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** An original's address, which holds its SHA-256. */
    private static final Pattern ORIGINAL = Pattern.compile("/media/[0-9a-f]{2}/([0-9a-f]{64})-[^/]+");
    /** The most files a page of the list shows. */
    static final int PAGE = 50;

    private final Jdbi jdbi;
    private final MediaRepository files = new MediaRepository();
    private final MediaStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Renditions renditions;
    /** Makes the renditions of uploaded images, one image at a time, so the heap holds one decoded image. */
    private final BackgroundQueue making = new BackgroundQueue("chancery-renditions", Duration.ofMinutes(2));

    public MediaLibrary(Jdbi jdbi, MediaStore store, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.renditions = new Renditions(store, clock);
    }

    /** What an upload gave: the file, and whether the library held the same bytes already. */
    public record Upload(MediaFile file, boolean existing) {
    }

    /** Stores an upload by an author or above; refuses it with {@link MediaException} and keeps nothing. */
    public Upload upload(User user, String name, InputStream content) {
        MediaStore.Stored stored = store.write(content, name, MAX_BYTES);
        Optional<MediaFile> same = bySha(stored.sha256());
        if (same.isPresent()) {
            dropUnlessListed(stored.path(), same.get());
            return new Upload(same.get(), true);
        }
        try {
            MediaFile file = find(insert(user, name, stored)).orElseThrow();
            makeRenditions(file);
            return new Upload(file, false);
        } catch (RuntimeException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            // another node stored the same bytes a moment before: theirs is the library's file
            MediaFile theirs = bySha(stored.sha256()).orElseThrow(() -> e);
            dropUnlessListed(stored.path(), theirs);
            return new Upload(theirs, true);
        }
    }

    private long insert(User user, String name, MediaStore.Stored stored) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            long id = files.insert(h, stored, shownName(name, stored.kind()), now, user.id());
            audit.record(h, new AuditEntry(now, user.id(), user.email(), "media.upload", "media:" + id,
                    stored.path()));
            return id;
        });
    }

    /** Hands an image to the background, which makes those of its renditions that no node has made. */
    private void makeRenditions(MediaFile file) {
        if (Renditions.has(file)) {
            making.submit(() -> store.file(file.path()).ifPresent(original -> renditions.makeAll(file, original)));
        }
    }

    /** The renditions an image has, each with its address; none for a PDF or a WebP. */
    public List<Rendition> renditions(MediaFile file) {
        return store.file(file.path()).map(original -> renditions.of(file, original)).orElse(List.of());
    }

    /**
     * The library's picture at {@code src} as a body writes it ({@code /media/ab/<sha>-name.jpg}):
     * its size upright and its plain renditions, for the renderer's {@code srcset}; empty for any
     * other address, a PDF, or an image without renditions.
     */
    public Optional<PictureSizes.Picture> picture(String src) {
        Matcher m = ORIGINAL.matcher(src);
        if (!m.matches()) {
            return Optional.empty();
        }
        return bySha(m.group(1)).filter(file -> file.url().equals(src)).flatMap(file -> store.file(file.path())
                .flatMap(original -> renditions.upright(file, original).map(size -> new PictureSizes.Picture(
                        size.width(), size.height(), Renditions.of(size).stream()
                                .filter(r -> !r.crop())
                                // the widest is the picture's own width when it is narrower than the name says
                                .map(r -> new PictureSizes.Source(Renditions.url(file, r),
                                        Math.min(r.width(), size.width())))
                                .toList()))));
    }

    /** How many of an image's renditions are made, of how many it has. */
    public record Ready(long made, int of) {
    }

    public Ready ready(MediaFile file) {
        List<Rendition> all = renditions(file);
        return new Ready(renditions.ready(file, all), all.size());
    }

    /**
     * The file of a rendition of the image with this SHA-256, made now if it is missing; empty
     * when the library has no such image or cannot read it.
     */
    public Optional<Path> rendition(MediaFile file, Rendition rendition) {
        return store.file(file.path()).flatMap(original -> renditions.file(file, original, rendition));
    }

    /** The file whose bytes have this SHA-256. */
    public Optional<MediaFile> bySha256(String sha) {
        return sha.matches("[0-9a-f]{64}") ? bySha(sha) : Optional.empty();
    }

    /**
     * Sets where an image's crops centre ({@code x} and {@code y} from 0 to 1), audited; its crops
     * get new addresses and are made again in the background. False when there is no such image.
     */
    public boolean setFocus(User user, long id, Focus focus) {
        Optional<MediaFile> changed = jdbi.inTransaction(h -> {
            Optional<MediaFile> found = files.find(h, id).filter(Renditions::has);
            found.ifPresent(file -> {
                files.focus(h, id, focus);
                audit.record(h, new AuditEntry(clock.instant(), user.id(), user.email(), "media.focus",
                        "media:" + id, focus.token()));
            });
            return found.flatMap(file -> files.find(h, id));
        });
        changed.ifPresent(this::makeRenditions);
        return changed.isPresent();
    }

    /** Starts the thread that makes renditions, so readiness finds it running before the first upload. */
    public MediaLibrary start() {
        making.start();
        return this;
    }

    /** The thread that makes renditions, for readiness. */
    public Background background() {
        return making;
    }

    /** Waits until the renditions handed to the background so far are made. */
    public void awaitRenditions(Duration timeout) {
        making.awaitIdle(timeout);
    }

    /** Lets the background finish the image it is on, and stops it. */
    @Override
    public void close() {
        making.close();
    }

    /** Newest first, {@link #PAGE} at a time, those older than the file {@code before} (0 for the newest). */
    public List<MediaFile> page(long before) {
        return jdbi.withHandle(h -> files.page(h, before, PAGE + 1));
    }

    public Optional<MediaFile> find(long id) {
        return jdbi.withHandle(h -> files.find(h, id));
    }

    /** The file served at {@code /media/<path>}, when the library lists it. */
    public Optional<Path> served(String path) {
        return store.file(path).filter(file -> listed(path));
    }

    /**
     * Deletes a file: its row with an audit entry, then its bytes. Its route admits editors and
     * above only; pages that show the file lose it. False when the library has no such file.
     */
    public boolean delete(User user, long id) {
        MediaFile file = jdbi.inTransaction(h -> {
            MediaFile found = files.find(h, id).orElse(null);
            if (found != null) {
                files.delete(h, id);
                audit.record(h, new AuditEntry(clock.instant(), user.id(), user.email(), "media.delete",
                        "media:" + id, found.path()));
            }
            return found;
        });
        if (file == null) {
            return false;
        }
        renditions.deleteAll(file);
        store.delete(file.path());
        return true;
    }

    private boolean listed(String path) {
        return jdbi.withHandle(h -> files.listed(h, path));
    }

    private Optional<MediaFile> bySha(String sha) {
        return jdbi.withHandle(h -> files.bySha(h, sha));
    }

    /** The same bytes under another name were written for nothing: the listed file stays, the new name goes. */
    private void dropUnlessListed(String written, MediaFile listed) {
        if (!written.equals(listed.path())) {
            store.delete(written);
        }
    }

    /**
     * The name as uploaded, without any folder or control character, at most 200 characters; the kind's
     * extension when there is none.
     */
    private static String shownName(String name, MediaKind kind) {
        String base = name == null ? "" : ControlCharacters.strip(name.replaceAll(".*[/\\\\]", "")
                .replaceAll("\\p{Cntrl}", " ")).strip();
        if (base.isEmpty()) {
            return "file." + kind.extension();
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }
}
