package org.chancery.background;

import java.time.Duration;
import java.util.Optional;

/**
 * How a background task is doing: whether its thread runs, how long ago its last round ended
 * (or, before the first, since it started), after how long without one it counts as stuck, how
 * often its thread was started again after dying, and whether it is lost: its thread died and no
 * new one could be started (the JVM out of memory or threads), so this node can no longer do that
 * work until the process is restarted.
 */
public record Health(String name, boolean alive, Duration sinceLastRound, Duration lateAfter, int restarts,
        boolean lost) {

    public boolean late() {
        return sinceLastRound.compareTo(lateAfter) > 0;
    }

    /** Why this node, having lost the task, should be restarted, in one line; empty while it is not lost. */
    public Optional<String> fatal() {
        return lost ? Optional.of("background task: '" + name + "' died and could not be started again")
                : Optional.empty();
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
