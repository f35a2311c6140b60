package org.chancery.change;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.db.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log in the database: publishing events in the order they committed, which every
 * node follows. A change is appended in the transaction that makes it; {@link #catchUp()} then
 * tells this node's {@link ChangeEvents} of every row it has not yet passed on. Nodes hear
 * of changes only from here, so one node alone behaves as one of several.
 *
 * <p>Rows older than {@link #RETENTION} are pruned ({@link #prune}), always the oldest first and
 * never the newest. A node that finds the row it last passed on pruned and the rows after it
 * gone too was away longer than that: it cannot know what it missed, so it tells its
 * {@link Follower followers}, which drop every cache and re-check the search index.
 */
public final class ChangeLog {
    /** How long rows are kept: far longer than any node should be away while it runs. */
    public static final Duration RETENTION = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);
    /** The channel that wakes the followers of other nodes. */
    public static final String CHANNEL = "chancery_changes";
    /** The advisory lock that makes appends commit in the order of their ids. */
    private static final long APPEND_LOCK = 0x43484e4c4f47L;
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ChangeEvents events;
    private long position;

    /** Starts after the last row already in the log: what came before is in this node's index at start. */
    public ChangeLog(Jdbi jdbi, Dialect dialect, ChangeEvents events) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.events = events;
        this.position = last();
    }

    /** Records an event in the caller's transaction. */
    public void append(Handle h, Event event) {
        append(h, List.of(event));
    }

    /** Records events in the caller's transaction, in their order: one statement, one notification. */
    public void append(Handle h, List<Event> appended) {
        if (appended.isEmpty()) {
            return;
        }
        // Ids are given when rows are inserted but become visible when they commit; taking this lock
        // until commit keeps both orders the same, so a follower never passes a row yet to appear.
        dialect.lockUntilCommit(h, APPEND_LOCK);
        PreparedBatch insert = h.prepareBatch(
                "INSERT INTO change_log (kind, publication_id, occurred_at) VALUES (:kind, :id, :at)");
        for (Event event : appended) {
            insert.bind("kind", event.kind().name())
                    .bind("id", event.publicationId())
                    .bind("at", event.at().toEpochMilli())
                    .add();
        }
        insert.execute();
        dialect.notifyOnCommit(h, CHANNEL);
    }

    /** Passes every row not yet seen to this node's listeners, in order; returns how many. */
    public synchronized int catchUp() {
        int total = 0;
        List<Row> rows;
        do {
            rows = after(position);
            if (!rows.isEmpty() && missedBefore(rows.get(0).id())) {
                log.warn("This node last followed change {} and the log now starts at {}: changes were pruned before it"
                        + " read them; dropping its caches and checking its search index", position, rows.get(0).id());
                events.reset();
            }
            for (Row row : rows) {
                position = row.id();
                events.emit(row.event());
            }
            total += rows.size();
        } while (rows.size() == BATCH);
        return total;
    }

    /**
     * Whether rows between this node's position and {@code next} were pruned. Ids may have holes
     * (a transaction that rolled back used one), but pruning removes the oldest rows first: while
     * the row at this node's position is still there, nothing after it was pruned.
     */
    private boolean missedBefore(long next) {
        if (next == position + 1) {
            return false;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log WHERE id = :id")
                .bind("id", position).mapTo(Integer.class).one()) == 0;
    }

    /**
     * Deletes the rows older than {@link #RETENTION} at {@code now}, oldest first and keeping the
     * newest row, so a node can always tell where the log starts; returns how many. Every node may
     * run it: a second run finds nothing left to delete.
     */
    public int prune(Instant now) {
        long cutoff = now.minus(RETENTION).toEpochMilli();
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM change_log WHERE id <= (SELECT MAX(id) FROM change_log"
                        + " WHERE occurred_at < :cutoff) AND id < (SELECT MAX(id) FROM change_log)")
                .bind("cutoff", cutoff)
                .execute());
    }

    /** The id of the last row this node has passed on. */
    public synchronized long position() {
        return position;
    }

    /** The id of the last row in the log. */
    public long last() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM change_log").mapTo(Long.class).one());
    }

    private List<Row> after(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, kind, publication_id, occurred_at FROM change_log"
                        + " WHERE id > :after ORDER BY id LIMIT " + BATCH)
                .bind("after", id)
                .map((rs, ctx) -> new Row(rs.getLong("id"), new Event(Kind.valueOf(rs.getString("kind")),
                        rs.getLong("publication_id"), Instant.ofEpochMilli(rs.getLong("occurred_at")))))
                .list());
    }

    private record Row(long id, Event event) {
    }
}
