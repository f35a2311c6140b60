package org.chancery.web;

import java.time.Duration;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent the headers of its first request within a bound. Jetty
 * times out a connection only after a silence, so a client that sends a header byte every few
 * seconds (a slow-loris attack) would otherwise hold its connection for as long as it likes; the
 * clients of such an attack open connection after connection, so the first request is where
 * they are caught. Browsers send a request's headers in one packet.
 */
final class HeaderDeadline implements Connection.Listener {
    private final Scheduler scheduler;
    private final Duration deadline;

    HeaderDeadline(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        scheduler.schedule(() -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                connection.getEndPoint().close();
            }
        }, deadline);
    }
}
