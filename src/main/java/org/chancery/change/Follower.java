package org.chancery.change;

import org.chancery.change.ChangeEvents.Event;

/**
 * Whatever a node keeps that changes make out of date: a cache, the page cache, the search index,
 * the metrics. Each decides for itself which events concern it, so wiring one in is one line.
 */
public interface Follower {
    /** Takes in one event, after it committed: on the thread that made the change, or the change follower's. */
    void follow(Event event);

    /**
     * Drops or re-checks everything kept: this node may have missed events it cannot name, as the
     * change log was pruned past where it last read.
     */
    void reset();
}
