package org.chancery.change;

import java.time.Duration;
import org.chancery.background.Background;
import org.chancery.background.BackgroundTask;
import org.chancery.background.Health;
import org.chancery.background.Timing;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the {@link ChangeLog} as a {@link BackgroundTask}, so that changes made on other nodes
 * reach this node's caches and index: each round reads the log, then waits up to {@link #PERIOD}
 * for a notification on {@link ChangeLog#CHANNEL}, where the database sends them
 * ({@link Dialect#listen}), so the rounds follow each other.
 */
public final class ChangeFollower implements Background, AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(1);
    /** How long closing waits for a round in progress: at most a period of waiting. */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    private final ChangeLog changes;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final BackgroundTask task;
    /** Where this node is told of changes, held from round to round; only the task's thread uses it. */
    private Dialect.Listener listening;

    public ChangeFollower(ChangeLog changes, Jdbi jdbi, Dialect dialect) {
        this.changes = changes;
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.task = new BackgroundTask("chancery-changes",
                Timing.every(Duration.ZERO).afterFailure(PERIOD).stopWithin(STOP_WITHIN), new Follow());
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

    /** Reads the log, then waits to be told of the next change or for a period. */
    private final class Follow implements BackgroundTask.Work {
        @Override
        public void round() throws Exception {
            try {
                if (listening == null) {
                    listening = dialect.listen(jdbi, ChangeLog.CHANNEL);
                }
                changes.catchUp();
                listening.await(PERIOD);
            } catch (Exception | Error e) {
                // the connection may be in any state: the next round listens on a new one
                release();
                throw e;
            }
        }

        @Override
        public void failed(Exception e) {
            log.warn("Following the change log failed ({}); trying again in {} s", e.getMessage(), PERIOD.toSeconds());
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
