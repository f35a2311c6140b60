package org.chancery.change;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.chancery.background.Background;
import org.chancery.background.BackgroundTask;
import org.chancery.background.Health;
import org.chancery.background.Timing;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the {@link ChangeLog} as a {@link BackgroundTask}, so that changes made on other nodes
 * reach this node's caches and index: it reads the log every {@link #PERIOD}, and on PostgreSQL
 * also as soon as a NOTIFY on {@link ChangeLog#CHANNEL} wakes it.
 */
public final class ChangeFollower implements Background, AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(1);
    /** How long closing waits for a round in progress (on PostgreSQL, at most a period of listening). */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    private final ChangeLog changes;
    private final Jdbi jdbi;
    private final BackgroundTask task;
    /** The connection that listens on PostgreSQL, held from round to round; only the task's thread uses it. */
    private Handle listening;

    public ChangeFollower(ChangeLog changes, Jdbi jdbi, Dialect dialect) {
        this.changes = changes;
        this.jdbi = jdbi;
        // On PostgreSQL each round itself waits up to a period for a notification, so rounds follow each other.
        Timing timing = (dialect == Dialect.POSTGRESQL
                ? Timing.every(Duration.ZERO).afterFailure(PERIOD)
                : Timing.every(PERIOD)).stopWithin(STOP_WITHIN);
        this.task = new BackgroundTask("chancery-changes", timing,
                dialect == Dialect.POSTGRESQL ? new Listen() : new Poll());
    }

    public void start() {
        task.start();
    }

    @Override
    public Health health() {
        return task.health();
    }

    @Override
    public void close() {
        task.close();
    }

    private static void failed(Exception e) {
        log.warn("Following the change log failed ({}); trying again in {} s", e.getMessage(), PERIOD.toSeconds());
    }

    /** SQLite: reads the log each period. */
    private final class Poll implements BackgroundTask.Work {
        @Override
        public void round() {
            changes.catchUp();
        }

        @Override
        public void failed(Exception e) {
            ChangeFollower.failed(e);
        }
    }

    /** PostgreSQL: holds one connection that listens, reading the log on each wake-up and at least every period. */
    private final class Listen implements BackgroundTask.Work {
        @Override
        public void round() throws SQLException {
            try {
                if (listening == null) {
                    listening = listen();
                }
                changes.catchUp();
                listening.getConnection().unwrap(PGConnection.class).getNotifications((int) PERIOD.toMillis());
            } catch (RuntimeException | SQLException | Error e) {
                // the connection may be in any state: the next round listens on a new one
                release();
                throw e;
            }
        }

        private Handle listen() throws SQLException {
            Handle h = jdbi.open();
            try (Statement s = h.getConnection().createStatement()) {
                s.execute("LISTEN " + ChangeLog.CHANNEL);
                return h;
            } catch (RuntimeException | SQLException e) {
                h.close();
                throw e;
            }
        }

        @Override
        public void failed(Exception e) {
            ChangeFollower.failed(e);
        }

        @Override
        public void finish() {
            release();
        }

        private void release() {
            if (listening != null) {
                try {
                    listening.close();
                } catch (RuntimeException e) {
                    log.debug("Closing the listening connection failed", e);
                }
                listening = null;
            }
        }
    }
}
