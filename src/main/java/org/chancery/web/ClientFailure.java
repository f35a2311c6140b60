package org.chancery.web;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * A request that failed through its client, not through the server: the client hung up before
 * its request was read or its answer written ({@link #ABORTED}, the status nginx logs for it), sent
 * it too slowly or not at all (408), declared a charset that does not exist (415), or sent what
 * HTTP does not allow (Jetty's own 4xx). Such a
 * failure is no server error: it is logged in one line, without a stack trace, and counted in the
 * access log and metrics under its own status, never as a 500.
 *
 * @param status the status the request is logged and counted with
 * @param what what the client did, for the log line
 */
public record ClientFailure(int status, String what) {
    /** The client closed the connection: no answer can reach it. */
    public static final int ABORTED = 499;
    public static final int TIMED_OUT = 408;
    /** A body declared in a charset nobody has heard of ({@code charset=x}): 415 Unsupported Media Type. */
    public static final int UNSUPPORTED = 415;
    /** How deep a chain of causes is searched: far deeper than any wrapping seen, short of a loop. */
    private static final int DEPTH = 16;

    /** The client's part in {@code failure}, found anywhere in its causes; empty for a server error. */
    public static Optional<ClientFailure> of(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof EofException) {
                return Optional.of(new ClientFailure(ABORTED, "the client hung up"));
            }
        }
        t = failure;
        for (int depth = 0; t != null && depth < DEPTH; depth++, t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return Optional.of(new ClientFailure(TIMED_OUT, "the client sent too slowly (" + t.getMessage() + ")"));
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return Optional.of(new ClientFailure(UNSUPPORTED, "a body in a charset this server does not read ("
                        + t.getMessage() + ")"));
            }
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(new ClientFailure(http.getCode(), "a malformed request (" + http.getReason() + ")"));
            }
        }
        return Optional.empty();
    }

    /** Whether the client is gone, so that nothing is worth writing to it. */
    public boolean aborted() {
        return status == ABORTED;
    }

    /**
     * Whether the client hung up or sent too slowly, so its request could not be read whole: a
     * handler that reads a body passes such a failure on rather than answering it as bad input.
     */
    public boolean unread() {
        return status == ABORTED || status == TIMED_OUT;
    }
}
