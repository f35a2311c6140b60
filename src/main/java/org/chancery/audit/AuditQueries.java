package org.chancery.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the audit log for its viewer: a page at a time, newest first, continuing after the last
 * entry shown (so a page costs the same however deep it is), in the order of the indexes on
 * {@code occurred_at}, {@code (action, occurred_at, id)} and {@code (actor, occurred_at, id)}.
 */
public final class AuditQueries {
    private final Jdbi jdbi;

    public AuditQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to {@code limit} entries under {@code filter}, newest first. */
    public List<AuditRow> page(AuditFilter filter, int limit) {
        List<String> where = new ArrayList<>();
        filter.action().ifPresent(a -> where.add("a.action = :action"));
        filter.actor().ifPresent(a -> where.add("a.actor = :actor"));
        filter.before().ifPresent(p -> where.add("(a.occurred_at < :at OR (a.occurred_at = :at AND a.id < :id))"));
        String sql = "SELECT a.id, a.occurred_at, a.actor, a.action, a.subject, a.detail, u.name AS actor_name"
                + " FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bind("limit", limit);
            filter.action().ifPresent(a -> q.bind("action", a));
            filter.actor().ifPresent(a -> q.bind("actor", a));
            filter.before().ifPresent(p -> q.bind("at", p.at()).bind("id", p.id()));
            return q.map((rs, ctx) -> new AuditRow(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                    rs.getString("actor"), rs.getString("actor_name") == null ? "" : rs.getString("actor_name"),
                    rs.getString("action"), rs.getString("subject"), rs.getString("detail"))).list();
        });
    }

    /** Every action the log holds, for the viewer's filter. */
    public List<String> actions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .mapTo(String.class).list());
    }
}
