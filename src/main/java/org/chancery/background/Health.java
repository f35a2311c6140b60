package org.chancery.background;

import java.time.Duration;
import java.util.Optional;

/**
 * How a background task is doing: whether its thread runs, how long ago its last round ended
 * (or, before the first, since it started), after how long without one it counts as stuck, and
 * how often its thread was started again after dying.
 */
public record Health(String name, boolean alive, Duration sinceLastRound, Duration lateAfter, int restarts) {

    public boolean late() {
        return sinceLastRound.compareTo(lateAfter) > 0;
    }

    /** Why the task keeps this node from being ready, in one line; empty when it is doing its work. */
    public Optional<String> problem() {
        if (!alive) {
            return Optional.of("background task: '" + name + "' is not running");
        }
        if (late()) {
            return Optional.of("background task: '" + name + "' has finished no round for "
                    + sinceLastRound.toSeconds() + " s");
        }
        return Optional.empty();
    }
}
