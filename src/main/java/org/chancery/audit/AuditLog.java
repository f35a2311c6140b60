package org.chancery.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The audit log of publishing, withdrawals, force-publishing, schedules, user and settings
 * changes. Entries are written on the caller's handle, inside the transaction of the change
 * they record, so a change and its entry commit together or not at all.
 */
public final class AuditLog {
    private static final RowMapper<AuditEntry> ENTRY = (rs, ctx) -> new AuditEntry(
            Instant.ofEpochMilli(rs.getLong("occurred_at")), actorId(rs),
            rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"));

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Long actorId(ResultSet rs) throws SQLException {
        long id = rs.getLong("actor_id");
        return rs.wasNull() ? null : id;
    }

    public void record(Handle h, AuditEntry entry) {
        h.createUpdate("INSERT INTO audit_log (occurred_at, actor_id, actor, action, subject, detail)"
                        + " VALUES (:at, :actorId, :actor, :action, :subject, :detail)")
                .bind("at", entry.at().toEpochMilli())
                .bind("actorId", entry.actorId())
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("subject", entry.subject())
                .bind("detail", entry.detail())
                .execute();
    }

    /** The entries about one subject, oldest first. */
    public List<AuditEntry> about(String subject) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE subject = :subject"
                        + " ORDER BY occurred_at, id")
                .bind("subject", subject)
                .map(ENTRY)
                .list());
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT :limit")
                .bind("limit", limit)
                .map(ENTRY)
                .list());
    }
}
