package org.chancery.support;

import java.util.ArrayList;
import java.util.List;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.Follower;

/** A follower of the change log that writes down what it is told: the events, and how often it was reset. */
public final class Recorder implements Follower {
    private final List<Event> events;
    private int resets;

    public Recorder() {
        this(new ArrayList<>());
    }

    /** Adds each event to {@code events}, which the test holds. */
    public Recorder(List<Event> events) {
        this.events = events;
    }

    @Override
    public synchronized void follow(Event event) {
        events.add(event);
    }

    @Override
    public synchronized void reset() {
        resets++;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized int resets() {
        return resets;
    }
}
