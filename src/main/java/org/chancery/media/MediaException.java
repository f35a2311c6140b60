package org.chancery.media;

import java.util.List;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;

/**
 * An upload the library refuses: too large, empty, not one of the {@link MediaKind}s, an image with
 * more pixels than the server may decode (a decompression bomb), one that cannot be read, or HEIC.
 */
public final class MediaException extends InvalidInput {
    /** Why the upload was refused, each with its message. */
    public enum Reason {
        TOO_LARGE("too-large", "media.refused.tooLarge"),
        EMPTY("empty", "media.refused.empty"),
        NOT_ALLOWED("not-allowed", "media.refused.type"),
        TOO_MANY_PIXELS("too-many-pixels", "media.refused.pixels"),
        UNREADABLE("unreadable", "media.refused.unreadable"),
        HEIC("heic", "media.refused.heic");

        private final String code;
        private final String messageKey;

        Reason(String code, String messageKey) {
            this.code = code;
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    MediaException(Reason reason) {
        super(List.of(problemOf(reason)));
        this.reason = reason;
    }

    /** An upload over the limit, for the refusals made before anything reads it. */
    public static FieldProblem tooLarge() {
        return problemOf(Reason.TOO_LARGE);
    }

    /**
     * The problem of the upload's file; the limits are its message's arguments: the size in MiB and in
     * bytes, then the pixels in megapixels and a side's most.
     */
    private static FieldProblem problemOf(Reason reason) {
        return FieldProblem.of(MediaHandler.FIELD, reason.code, reason.messageKey,
                MediaLibrary.MAX_BYTES / (1024 * 1024), MediaLibrary.MAX_BYTES,
                ImageReading.MAX_PIXELS / 1_000_000, ImageReading.MAX_SIDE);
    }


    public Reason reason() {
        return reason;
    }

    public FieldProblem problem() {
        return problems().get(0);
    }
}
