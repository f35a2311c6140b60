package org.chancery.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the audit log for its viewer: a page at a time, newest first, continuing after the last
 * entry shown (so a page costs the same however deep it is), in the order of the indexes on
 * {@code (occurred_at, id)}, {@code (action, occurred_at, id)} and {@code (actor, occurred_at, id)}.
 */
public final class AuditQueries {
    private static final RowMapper<AuditRow> ROW = (rs, ctx) -> new AuditRow(rs.getLong("id"),
            Instant.ofEpochMilli(rs.getLong("occurred_at")), rs.getString("actor"),
            rs.getString("actor_name") == null ? "" : rs.getString("actor_name"), rs.getString("action"),
            rs.getString("subject"), rs.getString("detail"));

    private final Jdbi jdbi;

    public AuditQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to {@code limit} entries under {@code filter}, newest first. */
    public List<AuditRow> page(AuditFilter filter, int limit) {
        return jdbi.withHandle(h -> bind(h.createQuery(pageSql(filter)), filter, limit).map(ROW).list());
    }

    /** A row value comparison, which both databases answer from the index rather than by reading down to it. */
    static String pageSql(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        filter.action().ifPresent(a -> where.add("a.action = :action"));
        filter.actor().ifPresent(a -> where.add("a.actor = :actor"));
        filter.before().ifPresent(p -> where.add("(a.occurred_at, a.id) < (:at, :id)"));
        return "SELECT a.id, a.occurred_at, a.actor, a.action, a.subject, a.detail, u.name AS actor_name"
                + " FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit";
    }

    static Query bind(Query q, AuditFilter filter, int limit) {
        q.bind("limit", limit);
        filter.action().ifPresent(a -> q.bind("action", a));
        filter.actor().ifPresent(a -> q.bind("actor", a));
        filter.before().ifPresent(p -> q.bind("at", p.at()).bind("id", p.id()));
        return q;
    }

    /** Every action the log holds, for the viewer's filter. */
    public List<String> actions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .mapTo(String.class).list());
    }
}
