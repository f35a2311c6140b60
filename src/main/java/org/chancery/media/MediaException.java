package org.chancery.media;

/** An upload the library refuses: too large, empty, or not one of the {@link MediaKind}s. */
public final class MediaException extends RuntimeException {
    /** Why the upload was refused. */
    public enum Reason {
        TOO_LARGE, EMPTY, NOT_ALLOWED
    }

    private final Reason reason;

    MediaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
