package org.chancery.editorial;

import java.util.List;
import java.util.function.Supplier;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Jdbi;

/**
 * Lets one node at a time publish what fell due. On PostgreSQL that node holds a session-level
 * advisory lock while it publishes; the lock goes with its connection, so a node that dies
 * mid-round leaves it to the next node's tick. SQLite serves one node only and needs no claim.
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
        if (dialect != Dialect.POSTGRESQL) {
            return work.get();
        }
        return jdbi.withHandle(h -> {
            boolean claimed = h.createQuery("SELECT pg_try_advisory_lock(:key)").bind("key", LOCK)
                    .mapTo(Boolean.class).one();
            if (!claimed) {
                return List.of();
            }
            try {
                return work.get();
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", LOCK).mapTo(Boolean.class).one();
            }
        });
    }
}
