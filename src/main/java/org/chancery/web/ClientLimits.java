package org.chancery.web;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What slow or many clients may hold of the server, so that none of them can stop it answering.
 * Jetty reads request headers without a thread, but a handler reads a body on one of its threads
 * (there are at most 250), blocked while the body trickles in: a few hundred clients sending a
 * sign-in form a byte a second held them all, and readers got nothing. So:
 * <ul>
 *   <li>requests with a body (every method but GET, HEAD and OPTIONS) are handled
 *       {@link #BODIES_AT_ONCE} at a time; the others wait without a thread, at most
 *       {@link #BODIES_WAITING} of them for at most {@link #LONGEST_WAIT}, then get a 503;</li>
 *   <li>a body that arrives slower than {@link #SLOWEST_BYTES_PER_SECOND} on average, or an answer
 *       read slower than that, ends the request, and so does {@link #REQUEST_IDLE} without a byte
 *       either way while a request is handled (between requests a connection may idle for the
 *       connector's 30 s).</li>
 * </ul>
 * A new connection that has not sent its first request's headers within {@link #HEADER_DEADLINE}
 * is closed ({@link HeaderDeadline}). Reading pages needs no body, so readers always find a thread. A reverse proxy that buffers
 * whole requests before passing them on (nginx does by default) takes the slow clients on
 * itself; see docs/operations.md.
 */
public final class ClientLimits {
    /** Requests reading a body at once: far more than a press office sends, far fewer than Jetty's threads. */
    static final int BODIES_AT_ONCE = 32;
    /** Requests with a body waiting for their turn; past this they are refused at once. */
    static final int BODIES_WAITING = 2_000;
    /** How long a request with a body waits for its turn before it is refused. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /**
     * The slowest a body may arrive, or an answer be read, averaged from the first byte: 1 kB/s,
     * far below any real connection (a 10 MB upload over a 100 kB/s line is a hundred times faster).
     */
    static final long SLOWEST_BYTES_PER_SECOND = 1_024;

    /** How long a new connection may take to send the headers of its first request. */
    static final Duration HEADER_DEADLINE = Duration.ofSeconds(20);
    /** How long a request being handled may go without a byte read or written. */
    static final Duration REQUEST_IDLE = Duration.ofSeconds(10);

    private ClientLimits() {
    }

    /** The limits on each request's input and output. */
    public static void apply(HttpConfiguration http) {
        http.setIdleTimeout(REQUEST_IDLE.toMillis());
        // An answer may echo the whole request target (a redirect's Location keeps the query), which may
        // be as long as the request's own header limit: with Jetty's default 8 kB for the answer's
        // headers too, such an answer could not be written and its connection hung until it idled out.
        http.setResponseHeaderSize(2 * http.getRequestHeaderSize() + 8 * 1024);
    }

    /** Puts the limits in front of the server's handlers; call before anything that must stay outermost. */
    public static void apply(Server server) {
        server.insertHandler(new MinimumDataRateHandler(SLOWEST_BYTES_PER_SECOND, SLOWEST_BYTES_PER_SECOND));
        QoSHandler bodies = new QoSHandler();
        bodies.excludeMethod("GET", "HEAD", "OPTIONS");
        bodies.setMaxRequestCount(BODIES_AT_ONCE);
        bodies.setMaxSuspendedRequestCount(BODIES_WAITING);
        bodies.setMaxSuspend(LONGEST_WAIT);
        server.insertHandler(bodies);
        // the connectors are made when the server starts
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    connector.addEventListener(new HeaderDeadline(connector.getScheduler(), HEADER_DEADLINE));
                }
            }
        });
    }
}
