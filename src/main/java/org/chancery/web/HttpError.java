package org.chancery.web;

import java.util.Optional;

/**
 * A request that cannot be answered with its page: the status and a message key (with
 * arguments) that the error page shows in the reader's language.
 */
public final class HttpError extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] args;
    private final String parameter;

    public HttpError(int status, String messageKey, Object... args) {
        this(status, null, messageKey, args);
    }

    private HttpError(int status, String parameter, String messageKey, Object... args) {
        super(status + " " + messageKey);
        this.status = status;
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static HttpError notFound() {
        return new HttpError(404, "error.404.message");
    }

    public static HttpError badRequest(String messageKey, Object... args) {
        return new HttpError(400, messageKey, args);
    }

    /** A 400 for the query parameter {@code name}, which the API's problem names too. */
    public static HttpError badParameter(String name, String messageKey, Object... args) {
        return new HttpError(400, name, messageKey, args);
    }

    /** The query parameter at fault, if that is what this error is about. */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
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
