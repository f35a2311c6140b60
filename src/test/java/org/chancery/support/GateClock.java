package org.chancery.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A clock that can hold up the next thread to read it, for tests of what happens while work is in
 * progress: {@link #holdNext} picks the thread (a request's, the scheduler's), {@link #awaitHeld}
 * waits until it is inside, {@link #release} lets it go on. Other threads read {@code clock}.
 */
public final class GateClock extends Clock {
    private final Clock clock;
    private static final Predicate<Thread> NONE = t -> false;

    private final AtomicReference<Predicate<Thread>> which = new AtomicReference<>(NONE);
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(0);

    public GateClock(Clock clock) {
        this.clock = clock;
    }

    /** The next read by a thread that {@code which} picks waits until {@link #release()}. */
    public void holdNext(Predicate<Thread> threads) {
        held = new CountDownLatch(1);
        released = new CountDownLatch(1);
        which.set(threads);
    }

    /** Waits until the picked thread is held; fails if none comes within {@code timeout}. */
    public void awaitHeld(Duration timeout) throws InterruptedException {
        if (!held.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no thread read the clock within " + timeout);
        }
    }

    public void release() {
        released.countDown();
    }

    @Override
    public Instant instant() {
        Thread current = Thread.currentThread();
        Predicate<Thread> picks = which.get();
        if (picks.test(current) && which.compareAndSet(picks, NONE)) {
            held.countDown();
            try {
                if (!released.await(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the test never released the clock");
                }
            } catch (InterruptedException e) {
                current.interrupt();
                throw new IllegalStateException("interrupted while held", e);
            }
        }
        return clock.instant();
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application reads instants only");
    }
}
