package org.chancery.ops;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the site no longer needs, on a thread of its own every {@link #PERIOD}: change log
 * rows past their retention, forgotten sign-in failures, expired sessions. Every node runs it;
 * each chore is a plain DELETE of old rows, so when several nodes run it one finds what another
 * has already deleted gone, and nothing happens twice.
 */
public final class Housekeeping implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    /** One kind of old rows to delete; {@code run} returns how many it deleted. */
    public record Chore(String name, IntSupplier run) {
    }

    private final List<Chore> chores;
    private ScheduledExecutorService thread;

    public Housekeeping(List<Chore> chores) {
        this.chores = List.copyOf(chores);
    }

    /** Runs every chore once now, then every period. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("housekeeping is already running");
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chancery-housekeeping");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::runAll, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
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
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
