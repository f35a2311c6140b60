package org.chancery.editorial;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled items on time. The schedule lives in the database, so it survives
 * restarts: {@link #start()} first publishes whatever fell due while the server was down,
 * logging each, then checks every few seconds on one daemon thread. Tests call
 * {@link #publishDue()} themselves, with a clock they move. With several nodes on one database,
 * the {@link ScheduleClaim} lets one of them publish at a time, and each item's version check
 * publishes it once even so.
 */
public final class Scheduler implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(5);
    /** How long {@link #close()} waits for a round in progress. */
    static final Duration ROUND_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final EditorialService editorial;
    private final ScheduleClaim claim;
    private final Duration period;
    private ScheduledExecutorService executor;

    public Scheduler(EditorialService editorial, ScheduleClaim claim, Duration period) {
        this.editorial = editorial;
        this.claim = claim;
        this.period = period;
    }

    /** Publishes the items missed while stopped, then starts the periodic checks. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("the scheduler is already running");
        }
        List<EditorialItem> missed = claim.whileHeld(editorial::publishDue);
        missed.forEach(item -> log.warn("Published missed scheduled item {} ('{}'), due {}", item.id(),
                item.publication().title(), item.publication().publishedAt()));
        if (!missed.isEmpty()) {
            log.warn("Published {} missed scheduled items", missed.size());
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chancery-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Publishes every item due by the clock's now; returns how many. */
    public int publishDue() {
        List<EditorialItem> published = claim.whileHeld(editorial::publishDue);
        published.forEach(item -> log.info("Published scheduled item {} ('{}')", item.id(), item.publication().title()));
        return published.size();
    }

    private void tick() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            // Thrown out of the executor, it would cancel every later check.
            log.error("Scheduled publishing failed; trying again in {} s", period.toSeconds(), e);
        }
    }

    /**
     * Stops the checks. A round in progress is not interrupted: it finishes, publishing what it
     * took on and releasing the claim, before this returns (waiting at most {@link #ROUND_WAIT}).
     */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(ROUND_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("The scheduler's round did not finish within {} s", ROUND_WAIT.toSeconds());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
