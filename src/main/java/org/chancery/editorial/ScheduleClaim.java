package org.chancery.editorial;

import java.util.List;
import java.util.function.Supplier;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Jdbi;

/**
 * Lets one node at a time publish what fell due: that node holds a lock while it publishes
 * ({@link Dialect#exclusively}: on PostgreSQL an advisory lock that goes with its connection, so
 * a node that dies mid-round leaves it to the next node's tick; SQLite serves one node only).
 */
public final class ScheduleClaim {
    private static final long LOCK = 0x43484e5343484dL;

    private final Jdbi jdbi;
    private final Dialect dialect;

    public ScheduleClaim(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** Runs {@code work} if no other node is publishing now; otherwise returns nothing. */
    public List<EditorialItem> whileHeld(Supplier<List<EditorialItem>> work) {
        return dialect.exclusively(jdbi, LOCK, work, List::of);
    }
}
