package org.chancery.change;

import java.sql.SQLException;
import java.time.Duration;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the {@link ChangeLog} on a thread of its own, so that changes made on other nodes
 * reach this node's caches and index: it reads the log every {@link #PERIOD}, and also as soon as
 * a notification on {@link ChangeLog#CHANNEL} wakes it, where the database sends them ({@link Dialect#listen}).
 */
public final class ChangeFollower implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    private final ChangeLog changes;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private volatile boolean running;
    private Thread thread;

    public ChangeFollower(ChangeLog changes, Jdbi jdbi, Dialect dialect) {
        this.changes = changes;
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the change follower is already running");
        }
        running = true;
        thread = new Thread(this::run, "chancery-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                listen();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | SQLException e) {
                if (running) {
                    log.warn("Following the change log failed ({}); trying again in {} s", e.getMessage(),
                            PERIOD.toSeconds());
                    pause();
                }
            }
        }
    }

    /** Holds one connection that listens, reading the log on each wake-up and at least every period. */
    private void listen() throws SQLException, InterruptedException {
        try (Dialect.Listener wakeUps = dialect.listen(jdbi, ChangeLog.CHANNEL)) {
            while (running) {
                changes.catchUp();
                wakeUps.await(PERIOD);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(PERIOD.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
