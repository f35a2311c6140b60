package org.chancery.background;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs the jobs handed to it, one at a time, in the order given: a
 * {@link BackgroundTask} whose rounds each wait for a job and run it. A job that throws is logged
 * and the next still runs. Closing refuses new jobs, runs those already handed over, and stops.
 */
public final class BackgroundQueue implements Background, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundQueue.class);
    /** How long a round waits for a job: an idle queue still ends a round this often, so a stuck job shows. */
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Runnable WAKE = () -> { };

    private final String name;
    private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
    private final BackgroundTask task;
    private boolean started;
    private boolean accepting = true;

    /** A queue whose thread is named {@code name}, stuck when one job runs longer than {@code lateAfter}. */
    public BackgroundQueue(String name, Duration lateAfter) {
        this.name = name;
        this.task = new BackgroundTask(name, Timing.every(Duration.ZERO).lateAfter(lateAfter), new Jobs());
    }

    /** Starts the thread, unless a job already has. */
    public synchronized void start() {
        if (!started) {
            started = true;
            task.start();
        }
    }

    /** Hands a job to the queue's thread, started if need be; false when the queue is closed and dropped it. */
    public synchronized boolean submit(Runnable job) {
        if (!accepting) {
            return false;
        }
        start();
        jobs.add(job);
        return true;
    }

    /** Waits until every job handed over so far is done; at once when the queue is closed. */
    public void awaitIdle(Duration timeout) {
        CountDownLatch done = new CountDownLatch(1);
        if (!submit(done::countDown)) {
            return;
        }
        try {
            if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("'" + name + "' is still busy after " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Health health() {
        return task.health();
    }

    /** Refuses new jobs, runs those handed over (within the task's bound to stop) and stops. */
    @Override
    public void close() {
        task.close();
    }

    private final class Jobs implements BackgroundTask.Work {
        @Override
        public void round() throws InterruptedException {
            Runnable job = jobs.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
            if (job != null) {
                job.run();
            }
        }

        @Override
        public void failed(Exception e) {
            log.error("A job of '{}' failed", name, e);
        }

        @Override
        public void stopAccepting() {
            synchronized (BackgroundQueue.this) {
                accepting = false;
            }
            jobs.add(WAKE);
        }

        @Override
        public void finish() {
            for (Runnable job = jobs.poll(); job != null; job = jobs.poll()) {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
        }
    }
}
