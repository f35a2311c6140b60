package org.chancery.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (1 to 8; 1 is upright), read from its APP1 segment by hand: a
 * camera held upright stores the picture on its side with 6, and renditions, which carry no EXIF,
 * must be turned before they lose it. Reads at most the first 128 KiB; anything unexpected is 1.
 */
final class ExifOrientation {
    private static final int HEAD = 128 * 1024;
    private static final int TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(Path jpeg) {
        try (InputStream in = Files.newInputStream(jpeg)) {
            return of(in.readNBytes(HEAD));
        } catch (IOException e) {
            return 1;
        }
    }

    static int of(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length && (b[at] & 0xFF) == 0xFF) {
            int marker = b[at + 1] & 0xFF;
            int length = u16(b, at + 2, true);
            if (marker == 0xDA || length < 2) {
                return 1;  // the image data starts: no EXIF before it
            }
            if (marker == 0xE1 && at + 10 <= b.length && "Exif".equals(new String(b, at + 4, 4,
                    java.nio.charset.StandardCharsets.US_ASCII))) {
                return inTiff(b, at + 10, Math.min(b.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int inTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean big = b[tiff] == 'M';
        int ifd = tiff + (int) u32(b, tiff + 4, big);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, ifd, big);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, big) == TAG) {
                int value = u16(b, entry + 8, big);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean big) {
        return big ? (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF) : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at, boolean big) {
        return big ? (long) u16(b, at, true) << 16 | u16(b, at + 2, true)
                : (long) u16(b, at + 2, false) << 16 | u16(b, at, false);
    }
}
