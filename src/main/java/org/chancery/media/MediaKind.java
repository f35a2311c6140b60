package org.chancery.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the library accepts, each recognised by its first bytes (its magic number),
 * never by the name or the type a browser claims: a script named {@code photo.jpg} is refused.
 */
public enum MediaKind {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf");

    /** How many first bytes {@link #of(byte[])} needs to recognise every kind. */
    static final int HEAD_BYTES = 12;

    private final String contentType;
    private final String extension;

    MediaKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean image() {
        return this != PDF;
    }

    /** The kind whose magic number {@code head} starts with; empty for anything else. */
    static Optional<MediaKind> of(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code head} is an HEIF/HEIC file (an ISO box {@code ftyp} of brand heic, heix or mif1),
     * as iPhones take photos: refused with its own reason, since there is no decoder for it here.
     */
    static boolean heic(byte[] head) {
        return ascii(head, 4, "ftypheic") || ascii(head, 4, "ftypheix") || ascii(head, 4, "ftypmif1");
    }

    /** The kind a stored file's extension names; empty for any other. */
    static Optional<MediaKind> byExtension(String extension) {
        return Arrays.stream(values()).filter(k -> k.extension.equals(extension)).findFirst();
    }

    private static boolean ascii(byte[] head, int at, String magic) {
        byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
        return head.length >= at + bytes.length
                && Arrays.equals(head, at, at + bytes.length, bytes, 0, bytes.length);
    }

    private static boolean starts(byte[] head, int at, int... magic) {
        if (head.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
