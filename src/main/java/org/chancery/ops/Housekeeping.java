package org.chancery.ops;

import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.chancery.background.Background;
import org.chancery.background.BackgroundTask;
import org.chancery.background.Health;
import org.chancery.background.Timing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the site no longer needs, as a {@link BackgroundTask} every {@link #PERIOD} (the
 * first time as soon as it starts): change log rows past their retention, forgotten sign-in
 * failures, expired sessions. Every node runs it; each chore is a plain DELETE of old rows, so
 * when several nodes run it one finds what another has already deleted gone, and nothing happens
 * twice.
 */
public final class Housekeeping implements Background, AutoCloseable {
    public static final Duration PERIOD = Duration.ofHours(1);
    /** How long closing waits for a chore in progress: a DELETE of old rows, cut short before the database closes. */
    static final Duration STOP_WITHIN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    /** One kind of old rows to delete; {@code run} returns how many it deleted. */
    public record Chore(String name, IntSupplier run) {
    }

    private final List<Chore> chores;
    private final BackgroundTask task;

    public Housekeeping(List<Chore> chores) {
        this.chores = List.copyOf(chores);
        this.task = new BackgroundTask("chancery-housekeeping",
                Timing.every(PERIOD).firstAfter(Duration.ZERO).stopWithin(STOP_WITHIN), this::runAll);
    }

    /** Runs every chore once now, then every period. */
    public void start() {
        task.start();
    }

    /** Runs every chore once on the calling thread; one that fails is logged and the others still run. */
    public void runAll() {
        for (Chore chore : chores) {
            try {
                int deleted = chore.run().getAsInt();
                if (deleted > 0) {
                    log.info("Housekeeping deleted {} {}", deleted, chore.name());
                }
            } catch (RuntimeException e) {
                log.warn("Housekeeping could not delete {} ({}); trying again in {} min", chore.name(),
                        e.getMessage(), PERIOD.toMinutes());
            }
        }
    }

    @Override
    public Health health() {
        return task.health();
    }

    /** Stops; a round in progress may finish within {@link #STOP_WITHIN}, before the database closes. */
    @Override
    public void close() {
        task.close();
    }
}
