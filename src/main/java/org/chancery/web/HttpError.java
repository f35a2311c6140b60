package org.chancery.web;

/**
 * A request that cannot be answered with its page: the status and a message key (with
 * arguments) that the error page shows in the reader's language.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    public HttpError(int status, String messageKey, Object... args) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static HttpError notFound() {
        return new HttpError(404, "error.404.message");
    }

    public static HttpError badRequest(String messageKey, Object... args) {
        return new HttpError(400, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
