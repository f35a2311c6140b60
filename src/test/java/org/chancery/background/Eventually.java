package org.chancery.background;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something another thread does, with a bound generous enough for a busy machine. */
final class Eventually {
    static final Duration BOUND = Duration.ofSeconds(30);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so after " + BOUND + ": " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
