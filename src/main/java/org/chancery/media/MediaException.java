package org.chancery.media;

import java.util.List;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;

/** An upload the library refuses: too large, empty, or not one of the {@link MediaKind}s. */
public final class MediaException extends InvalidInput {
    /** Why the upload was refused, each with its message. */
    public enum Reason {
        TOO_LARGE("too-large", "media.refused.tooLarge"),
        EMPTY("empty", "media.refused.empty"),
        NOT_ALLOWED("not-allowed", "media.refused.type");

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

    /** The problem of the upload's file; the limit is its message's argument, in MiB and in bytes. */
    private static FieldProblem problemOf(Reason reason) {
        return FieldProblem.of(MediaHandler.FIELD, reason.code, reason.messageKey,
                MediaLibrary.MAX_BYTES / (1024 * 1024), MediaLibrary.MAX_BYTES);
    }

    public Reason reason() {
        return reason;
    }

    public FieldProblem problem() {
        return problems().get(0);
    }
}
