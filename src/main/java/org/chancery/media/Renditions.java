package org.chancery.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renditions of the library's images: JPEGs made from their pixels at fixed widths and crops
 * ({@link Rendition}), kept in the media directory under {@code r/} as
 * {@code r/ab/ab12...ef-w640.jpg}, so every node sharing the directory serves the same ones and a
 * backup of it carries them (they can also be deleted: they are made again when asked for).
 *
 * <p>An image is decoded once for all its missing renditions, one image at a time on a node: a
 * decoded image holds up to {@link ImageReading#DECODE_PIXELS} pixels, which a 256 MB heap takes
 * once, not many times over. Files are written under a dot-name and renamed into place, so no one
 * is served half a rendition. Nodes making them in the background first claim the image by
 * creating {@code r/ab/.<sha>.claim} (a dot-file, which backups leave out): a second node finding the claim (or the files) skips it.
 */
public final class Renditions {
    private static final Logger log = LoggerFactory.getLogger(Renditions.class);
    /** A claim older than this was left by a node that stopped while making: it is taken over. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final Path dir;
    private final Clock clock;
    private final ReentrantLock making = new ReentrantLock();

    public Renditions(MediaStore store, Clock clock) {
        this.dir = store.directory().resolve("r");
        this.clock = clock;
    }

    /** Whether a file of this kind has renditions: the images the server can decode. */
    public static boolean has(MediaFile file) {
        return file.kind().image() && file.kind() != MediaKind.WEBP;
    }

    /** Where a rendition of a file is kept. */
    Path path(MediaFile file, Rendition rendition) {
        String sha = file.sha256();
        return dir.resolve(sha.substring(0, 2)).resolve(sha + "-" + rendition.fileName(file.focus()) + ".jpg");
    }

    /** Its address: {@code /media/r/<sha>/<name>.jpg}, a crop's name holding the focal point. */
    public static String url(MediaFile file, Rendition rendition) {
        return MediaFile.PREFIX + "r/" + file.sha256() + "/" + rendition.fileName(file.focus()) + ".jpg";
    }

    /** The renditions an image has, for its size upright; none for a file without renditions. */
    public List<Rendition> of(MediaFile file, Path original) {
        return upright(file, original).map(Renditions::of).orElse(List.of());
    }

    /** The renditions of an image of this size upright. */
    static List<Rendition> of(ImageReading.Size upright) {
        return Rendition.of(upright.width(), upright.height());
    }

    /** An image's width and height as it stands upright; empty for a file without renditions or unreadable. */
    public Optional<ImageReading.Size> upright(MediaFile file, Path original) {
        if (!has(file)) {
            return Optional.empty();
        }
        try {
            int[] size = uprightSize(original, file.kind());
            return Optional.of(new ImageReading.Size(size[0], size[1]));
        } catch (MediaException e) {
            return Optional.empty();
        }
    }

    /** How many of the renditions an image has are made. */
    public long ready(MediaFile file, List<Rendition> renditions) {
        return renditions.stream().filter(r -> Files.isRegularFile(path(file, r))).count();
    }

    /**
     * The file of a rendition, made now when it is missing (one image at a time on this node);
     * empty for a file without renditions or an original that cannot be read.
     */
    public Optional<Path> file(MediaFile file, Path original, Rendition rendition) {
        if (!has(file)) {
            return Optional.empty();
        }
        Path target = path(file, rendition);
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        making.lock();
        try {
            if (!Files.isRegularFile(target)) {
                make(file, original, List.of(rendition));
            }
            return Optional.of(target);
        } catch (MediaException e) {
            log.warn("cannot make {} of {}: {}", rendition.name(), file.path(), e.getMessage());
            return Optional.empty();
        } finally {
            making.unlock();
        }
    }

    /**
     * Makes every missing rendition of an image, unless another node has claimed it; what the
     * background does after an upload. Returns how many it made.
     */
    public int makeAll(MediaFile file, Path original) {
        List<Rendition> wanted = of(file, original).stream().filter(r -> !Files.isRegularFile(path(file, r))).toList();
        if (wanted.isEmpty()) {
            return 0;
        }
        Path claim = dir.resolve(file.sha256().substring(0, 2)).resolve("." + file.sha256() + ".claim");
        if (!claim(claim)) {
            return 0;
        }
        making.lock();
        try {
            return make(file, original, wanted.stream().filter(r -> !Files.isRegularFile(path(file, r))).toList());
        } finally {
            making.unlock();
            delete(claim);
        }
    }

    /** Decodes the original once and writes each rendition; returns how many. */
    private int make(MediaFile file, Path original, List<Rendition> renditions) {
        if (renditions.isEmpty()) {
            return 0;
        }
        ImageReading.Decoded decoded = ImageReading.decode(original, file.kind());
        int orientation = file.kind() == MediaKind.JPEG ? ExifOrientation.of(original) : 1;
        BufferedImage upright = Pictures.upright(decoded.image(), orientation);
        // a subsampled decode is smaller than the image: sizes are taken from the pixels at hand
        for (Rendition rendition : renditions) {
            int[] from = rendition.source(upright.getWidth(), upright.getHeight());
            int[] to = rendition.size(upright.getWidth(), upright.getHeight());
            BufferedImage cut = rendition.crop() ? Pictures.cut(upright, from[0], from[1], file.focus()) : upright;
            write(Pictures.scale(cut, to[0], to[1]), path(file, rendition));
        }
        return renditions.size();
    }

    private static int[] uprightSize(Path original, MediaKind kind) {
        ImageReading.Size size = ImageReading.size(original, kind);
        int orientation = kind == MediaKind.JPEG ? ExifOrientation.of(original) : 1;
        return orientation >= 5 ? new int[] {size.height(), size.width()} : new int[] {size.width(), size.height()};
    }

    private static void write(BufferedImage image, Path target) {
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), ".rendition-", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                Pictures.writeJpeg(image, out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rendition " + target + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                delete(partial);
            }
        }
    }

    /** Creates the claim file; false when another node holds a claim that is not stale. */
    private boolean claim(Path claim) {
        try {
            Files.createDirectories(claim.getParent());
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    Files.createFile(claim);
                    return true;
                } catch (FileAlreadyExistsException e) {
                    FileTime made = Files.getLastModifiedTime(claim);
                    if (made.toInstant().plus(STALE_CLAIM).isAfter(clock.instant())) {
                        return false;
                    }
                    delete(claim);
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every rendition of a file deleted from the library. */
    void deleteAll(MediaFile file) {
        Path folder = dir.resolve(file.sha256().substring(0, 2));
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(file.sha256() + "-")).forEach(Renditions::delete);
        } catch (IOException e) {
            // no folder: no renditions
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover dot-file or claim is never served; a stale claim is taken over
        }
    }
}
