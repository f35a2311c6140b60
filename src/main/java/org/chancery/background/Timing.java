package org.chancery.background;

import java.time.Duration;

/**
 * When a {@link BackgroundTask} runs its rounds: the first {@code first} after it starts, then
 * each {@code every} after the previous one ended, or {@code afterFailure} after one that failed.
 * With no round ended for {@code lateAfter} the task counts as stuck; closing waits up to
 * {@code stopWithin} for a round in progress before interrupting it.
 */
public record Timing(Duration first, Duration every, Duration afterFailure, Duration lateAfter, Duration stopWithin) {
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    /** What a slow round may add to its period before the task counts as stuck. */
    private static final Duration SLACK = Duration.ofMinutes(1);

    public Timing {
        for (Duration d : new Duration[] {first, every, afterFailure, lateAfter, stopWithin}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("a background task's times may not be negative: " + d);
            }
        }
    }

    /**
     * Rounds {@code period} apart, the first one period after the start, the next one period after
     * a failure; stuck after two periods and a minute without a round; 30 s to stop.
     */
    public static Timing every(Duration period) {
        return new Timing(period, period, period, period.multipliedBy(2).plus(SLACK), STOP_WITHIN);
    }

    public Timing firstAfter(Duration delay) {
        return new Timing(delay, every, afterFailure, lateAfter, stopWithin);
    }

    public Timing afterFailure(Duration delay) {
        return new Timing(first, every, delay, lateAfter, stopWithin);
    }

    public Timing lateAfter(Duration bound) {
        return new Timing(first, every, afterFailure, bound, stopWithin);
    }

    public Timing stopWithin(Duration bound) {
        return new Timing(first, every, afterFailure, lateAfter, bound);
    }
}
