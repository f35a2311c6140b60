package org.chancery.background;

/** Work that runs on a thread of its own and can say how that thread is doing, for readiness. */
@FunctionalInterface
public interface Background {
    Health health();
}
