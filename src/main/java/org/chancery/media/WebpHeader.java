package org.chancery.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The size a WebP file declares in its first chunk (lossy {@code VP8 }, lossless {@code VP8L} or
 * extended {@code VP8X}), read by hand: the server has no WebP decoder, yet a WebP is held to the
 * same pixel budget as other images.
 */
final class WebpHeader {
    private static final int HEAD = 30;

    private WebpHeader() {
    }

    static Optional<ImageReading.Size> size(Path file) {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(HEAD);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (b.length < HEAD) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new ImageReading.Size(1 + u24(b, 24), 1 + u24(b, 27)));
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    yield Optional.empty();
                }
                long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
                yield Optional.of(new ImageReading.Size(1 + (int) (bits & 0x3FFF), 1 + (int) ((bits >> 14) & 0x3FFF)));
            }
            case "VP8 " -> {
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    yield Optional.empty();
                }
                yield Optional.of(new ImageReading.Size(u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF));
            }
            default -> Optional.empty();
        };
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
