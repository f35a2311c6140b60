package org.chancery.editorial;

import java.time.Duration;
import java.util.List;
import org.chancery.background.Background;
import org.chancery.background.BackgroundTask;
import org.chancery.background.Health;
import org.chancery.background.Timing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled items on time. The schedule lives in the database, so it survives
 * restarts: {@link #start()} first publishes whatever fell due while the server was down,
 * logging each, then checks every few seconds as a {@link BackgroundTask}. Tests call
 * {@link #publishDue()} themselves, with a clock they move. With several nodes on one database,
 * the {@link ScheduleClaim} lets one of them publish at a time, and each item's version check
 * publishes it once even so.
 */
public final class Scheduler implements Background, AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(5);
    /** How long {@link #close()} waits for a round in progress. */
    static final Duration ROUND_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final EditorialService editorial;
    private final ScheduleClaim claim;
    private final BackgroundTask task;

    public Scheduler(EditorialService editorial, ScheduleClaim claim, Duration period) {
        this.editorial = editorial;
        this.claim = claim;
        this.task = new BackgroundTask("chancery-scheduler", Timing.every(period).stopWithin(ROUND_WAIT),
                new BackgroundTask.Work() {
                    @Override
                    public void round() {
                        publishDue();
                    }

                    @Override
                    public void failed(Exception e) {
                        log.error("Scheduled publishing failed; trying again in {} s", period.toSeconds(), e);
                    }
                });
    }

    /** Publishes the items missed while stopped, then starts the periodic checks. */
    public void start() {
        List<EditorialItem> missed = claim.whileHeld(editorial::publishDue);
        missed.forEach(item -> log.warn("Published missed scheduled item {} ('{}'), due {}", item.id(),
                item.publication().title(), item.publication().publishedAt()));
        if (!missed.isEmpty()) {
            log.warn("Published {} missed scheduled items", missed.size());
        }
        task.start();
    }

    /** Publishes every item due by the clock's now; returns how many. */
    public int publishDue() {
        List<EditorialItem> published = claim.whileHeld(editorial::publishDue);
        published.forEach(item -> log.info("Published scheduled item {} ('{}')", item.id(), item.publication().title()));
        return published.size();
    }

    @Override
    public Health health() {
        return task.health();
    }

    /**
     * Stops the checks. A round in progress is not interrupted: it finishes, publishing what it
     * took on and releasing the claim, before this returns (waiting at most {@link #ROUND_WAIT}).
     */
    @Override
    public void close() {
        task.close();
    }
}
