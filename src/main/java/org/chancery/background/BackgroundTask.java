package org.chancery.background;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that runs in rounds on a named daemon thread of its own, from {@link #start()} until
 * {@link #close()}, as its {@link Timing} says. A round that throws an exception is told to the
 * work ({@link Work#failed}) and the rounds go on. A thread that dies anyway (an {@link Error})
 * is replaced by a new one, which waits the failure delay before its first round; whether the
 * thread runs, how long ago a round last ended and whether it died for good (no new thread could
 * be made) are its {@link #health()}.
 *
 * <p>Elapsed times are read from the JVM's monotonic timer, not from the site's clock: they are
 * for monitoring, not dates, and tests move the site's clock by hours.
 */
public final class BackgroundTask implements Background, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);

    /** What a task does, on its thread. */
    public interface Work {
        /** One round; an exception ends this round only. */
        void round() throws Exception;

        /** Hears of a round that threw; the next comes after the failure delay. */
        default void failed(Exception e) {
            log.warn("A round of '{}' failed", Thread.currentThread().getName(), e);
        }

        /**
         * Called by {@link #close()} on the closing thread, once the task is stopping: refuse new
         * work, and wake a round that waits for some (the pause between rounds wakes by itself).
         */
        default void stopAccepting() {
        }

        /** Called on the task's thread after its last round: finish what was handed over, release what rounds held. */
        default void finish() {
        }
    }

    private final String name;
    private final Timing timing;
    private final Work work;
    private final ThreadFactory threads;
    private final LongSupplier ticker;
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** When the last round ended, or the task started, on {@link #ticker}. */
    private volatile long lastRound;
    private volatile Thread thread;
    private volatile int restarts;
    /** Its thread died and no new one could be started. */
    private volatile boolean lost;
    private boolean started;
    private boolean closed;

    /** A task on a daemon thread named {@code name}; nothing runs until {@link #start()}. */
    public BackgroundTask(String name, Timing timing, Work work) {
        this(name, timing, work, daemonThreads(name), System::nanoTime);
    }

    BackgroundTask(String name, Timing timing, Work work, ThreadFactory threads, LongSupplier ticker) {
        this.name = name;
        this.timing = timing;
        this.work = work;
        this.threads = threads;
        this.ticker = ticker;
        this.lastRound = ticker.getAsLong();
    }

    private static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    public String name() {
        return name;
    }

    /** Starts the thread; the first round comes after {@link Timing#first()}. A task starts once. */
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException("'" + name + "' has already been " + (closed ? "closed" : "started"));
        }
        started = true;
        lastRound = ticker.getAsLong();
        if (!launch(timing.first())) {
            throw new IllegalStateException("no thread could be made for '" + name + "'");
        }
    }

    /** Makes and starts a thread whose first round comes after {@code delay}; false when none could be made. */
    private boolean launch(Duration delay) {
        Thread t = threads.newThread(() -> run(delay));
        if (t == null) {
            return false;
        }
        t.setUncaughtExceptionHandler(this::died);
        thread = t;
        t.start();
        return true;
    }

    private void run(Duration delay) {
        pause(delay);
        while (stopping.getCount() > 0) {
            Duration next = timing.every();
            try {
                work.round();
            } catch (Exception e) {
                next = timing.afterFailure();
                work.failed(e);
            }
            lastRound = ticker.getAsLong();
            pause(next);
        }
        work.finish();
    }

    /** Waits {@code delay}, or less when the task is closed meanwhile. */
    private void pause(Duration delay) {
        try {
            stopping.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // close() asks the task to stop before it interrupts; a stray interrupt only shortens the pause
        }
    }

    /**
     * A thread that ends by an Error (or anything else thrown past the rounds) is replaced, unless
     * closing. The task counts as lost until a new thread has started, so an Error even here (out
     * of memory while logging) leaves it reported, never half-alive.
     */
    private void died(Thread dead, Throwable e) {
        synchronized (this) {
            if (closed || thread != dead) {
                log.error("Background task '{}' failed while stopping", name, e);
                return;
            }
            lost = true;
            restarts++;
            boolean replaced = false;
            try {
                replaced = launch(timing.afterFailure());
            } catch (RuntimeException | Error again) {
                log.error("Background task '{}' could not be started again", name, again);
                return;
            }
            lost = !replaced;
            if (replaced) {
                log.error("Background task '{}' died; starting it again in {} ms", name,
                        timing.afterFailure().toMillis(), e);
            } else {
                log.error("Background task '{}' died and could not be started again: no thread was made", name, e);
            }
        }
    }

    @Override
    public Health health() {
        Thread t = thread;
        return new Health(name, t != null && t.isAlive(), Duration.ofNanos(ticker.getAsLong() - lastRound),
                timing.lateAfter(), restarts, lost);
    }

    /**
     * Stops: no round starts after this; a round in progress may finish within
     * {@link Timing#stopWithin()}, after which its thread is interrupted and this returns. Closing
     * again, or a task never started, does nothing.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping.countDown();
            t = thread;
        }
        work.stopAccepting();
        if (t == null) {
            return;
        }
        try {
            t.join(Math.max(1, timing.stopWithin().toMillis()));
            if (t.isAlive()) {
                log.warn("Background task '{}' did not stop within {} ms; interrupting it", name,
                        timing.stopWithin().toMillis());
                t.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
