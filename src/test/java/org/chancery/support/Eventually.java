package org.chancery.support;

import java.time.Duration;

/**
 * Waits for what another thread or node does: tries an assertion again until it passes. The bound
 * only stops a test that would otherwise wait for ever; how soon something happens is not asserted,
 * so a busy machine makes a test slower, never red.
 */
public final class Eventually {
    /** Long enough for anything that happens at all, on the busiest machine that runs the tests. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long FIRST_PAUSE_MS = 5;
    private static final long LONGEST_PAUSE_MS = 100;

    /** An assertion, which may throw checked exceptions; only an {@link AssertionError} is tried again. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Eventually() {
    }

    /** Tries {@code assertion} until it passes, for at most {@link #PATIENCE}. */
    public static void eventually(ThrowingRunnable assertion) {
        eventually(PATIENCE, assertion);
    }

    /** Tries {@code assertion} until it passes; after {@code bound}, fails with its last failure. */
    public static void eventually(Duration bound, ThrowingRunnable assertion) {
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new AssertionError("still failing after " + bound + ": " + e.getMessage(), e);
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
