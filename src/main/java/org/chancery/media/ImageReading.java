package org.chancery.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads uploaded images without trusting them. A few hundred kilobytes of PNG can declare 40,000 by
 * 40,000 pixels, which would take gigabytes to decode: so the size is read from the header first
 * (no pixel decoded) and an image over {@link #MAX_PIXELS} or {@link #MAX_SIDE} is refused before
 * any decoding. Decoding itself is subsampled to at most {@link #DECODE_PIXELS}, which is plenty
 * for the largest rendition and keeps one image well inside a 256 MB heap; only the first frame of
 * an animated GIF is ever read. A file cut short, or one whose first bytes claim a kind its body is
 * not, is refused rather than half shown.
 */
final class ImageReading {
    /** The most pixels an image may have: 50 megapixels. */
    static final long MAX_PIXELS = 50_000_000L;
    /** The most pixels either side may have. */
    static final int MAX_SIDE = 12_000;
    /** The most pixels a decoded image holds; larger images are subsampled while they are read. */
    static final long DECODE_PIXELS = 16_000_000L;
    /** The most pixels the upload check decodes: enough to read every byte of the file, little memory. */
    private static final long CHECK_PIXELS = 1_000_000L;

    private ImageReading() {
    }

    /** An image's size as its header declares it. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /**
     * Checks that {@code file} is a whole, readable image of {@code kind} within the pixel budget,
     * by decoding it small; refuses it with {@link MediaException} otherwise.
     */
    static Size check(Path file, MediaKind kind) {
        if (kind == MediaKind.WEBP) {
            // no WebP decoder on the server: its size is read from the header, and renditions are not made
            return within(WebpHeader.size(file).orElseThrow(() -> refused(MediaException.Reason.UNREADABLE)));
        }
        return read(file, kind, CHECK_PIXELS).size();
    }

    /** The size an image's header declares, without decoding it; refused as {@link #check} would. */
    static Size size(Path file, MediaKind kind) {
        if (kind == MediaKind.WEBP) {
            return within(WebpHeader.size(file).orElseThrow(() -> refused(MediaException.Reason.UNREADABLE)));
        }
        if (!kind.image()) {
            throw refused(MediaException.Reason.UNREADABLE);
        }
        return withReader(file, kind, reader -> within(new Size(reader.getWidth(0), reader.getHeight(0))));
    }

    /** The first frame of an image the library holds, subsampled to at most {@link #DECODE_PIXELS}. */
    static Decoded decode(Path file, MediaKind kind) {
        return read(file, kind, DECODE_PIXELS);
    }

    /** A decoded first frame and the size the header declared. */
    record Decoded(BufferedImage image, Size size) {
    }

    private static Decoded read(Path file, MediaKind kind, long budget) {
        if (!kind.image() || kind == MediaKind.WEBP) {
            throw refused(MediaException.Reason.UNREADABLE);
        }
        return withReader(file, kind, reader -> {
            Size size = within(new Size(reader.getWidth(0), reader.getHeight(0)));
            AtomicReference<String> cutShort = new AtomicReference<>();
            reader.addIIOReadWarningListener(warnings(cutShort));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(size, budget);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (cutShort.get() != null) {
                throw refused(MediaException.Reason.UNREADABLE);
            }
            return new Decoded(image, size);
        });
    }

    /** What a reader does with an image, which may fail as readers do. */
    @FunctionalInterface
    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /**
     * Runs {@code work} with a reader set on the file, then lets the reader go; any failure of the
     * reader's is the file's: refused as unreadable.
     */
    private static <T> T withReader(Path file, MediaKind kind, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(kind);
            try {
                reader.setInput(in, true, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaException refused) {
                throw refused;
            }
            // a reader's way of saying the bytes are not what they claim: an IIOException, an EOF, or worse
            throw refused(MediaException.Reason.UNREADABLE);
        }
    }

    /** The smallest step that brings the pixels decoded within {@code budget}. */
    static int subsampling(Size size, long budget) {
        int step = 1;
        while (size.pixels() / ((long) step * step) > budget) {
            step++;
        }
        return step;
    }

    private static Size within(Size size) {
        if (size.width() <= 0 || size.height() <= 0) {
            throw refused(MediaException.Reason.UNREADABLE);
        }
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || size.pixels() > MAX_PIXELS) {
            throw refused(MediaException.Reason.TOO_MANY_PIXELS);
        }
        return size;
    }

    private static ImageReader readerFor(MediaKind kind) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.contentType());
        if (!readers.hasNext()) {
            throw refused(MediaException.Reason.UNREADABLE);
        }
        return readers.next();
    }

    /**
     * The JPEG decoder says "Premature end of JPEG file" as a warning and fills the rest grey:
     * such a file is refused like any other that is cut short.
     */
    private static IIOReadWarningListener warnings(AtomicReference<String> cutShort) {
        return (source, warning) -> {
            String text = String.valueOf(warning).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("premature") || text.contains("truncat") || text.contains("end of")) {
                cutShort.compareAndSet(null, warning);
            }
        };
    }

    private static MediaException refused(MediaException.Reason reason) {
        return new MediaException(reason);
    }
}
