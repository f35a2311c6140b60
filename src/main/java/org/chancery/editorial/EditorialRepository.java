package org.chancery.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.editorial.Workflow.ForcePublish;
import org.chancery.editorial.Workflow.Withdrawal;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Stores publications with their workflow, whole, on the caller's handle (so a change, its
 * revision and its audit entry share one transaction). Every update names the version it
 * replaces and changes nothing when the row has moved on: the optimistic lock.
 */
final class EditorialRepository {
    private static final RowMapper<EditorialItem> ITEM = (rs, ctx) -> new EditorialItem(
            PublicationRows.FULL.map(rs, ctx), PublicationRows.lines(rs.getString("tags")), workflow(rs));

    private static final String CHANGEABLE = """
            slug = :slug, type = :type, lang = :lang, status = :status, title = :title, lead = :lead,
            body = :body, place = :place, event_date = :eventDate, published_at = :publishedAt,
            featured = :featured, series_key = :seriesKey, series_part = :seriesPart, speakers = :speakers, tags = :tags, updated_at = :updatedAt,
            version = :version, submitted_by = :submittedBy, scheduled_at = :scheduledAt,
            withdrawn_at = :withdrawnAt, withdrawal_reason = :withdrawalReason,
            replacement_url = :replacementUrl, force_reason = :forceReason,
            force_published_by = :forcePublishedBy, force_approved_by = :forceApprovedBy""";

    Optional<EditorialItem> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM publications WHERE id = :id").bind("id", id).map(ITEM).findOne();
    }

    long insert(Handle h, EditorialItem item) {
        return bind(h.createUpdate("""
                INSERT INTO publications (slug, type, lang, status, title, lead, body, place, event_date,
                    published_at, featured, series_key, series_part, speakers, tags, created_at, updated_at, version, author_id,
                    submitted_by, scheduled_at, withdrawn_at, withdrawal_reason, replacement_url,
                    force_reason, force_published_by, force_approved_by)
                VALUES (:slug, :type, :lang, :status, :title, :lead, :body, :place, :eventDate,
                    :publishedAt, :featured, :seriesKey, :seriesPart, :speakers, :tags, :createdAt, :updatedAt, :version, :authorId,
                    :submittedBy, :scheduledAt, :withdrawnAt, :withdrawalReason, :replacementUrl,
                    :forceReason, :forcePublishedBy, :forceApprovedBy)
                """), item)
                .bind("createdAt", item.publication().createdAt().toEpochMilli())
                .bind("authorId", item.workflow().authorId())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Joins {@code id} to the translation group of {@code originalId}: the original's own original, when it has one. */
    void joinGroup(Handle h, long id, long originalId) {
        h.createUpdate("UPDATE publications SET translation_of = (SELECT COALESCE(o.translation_of, o.id)"
                        + " FROM publications o WHERE o.id = :original) WHERE id = :id")
                .bind("original", originalId).bind("id", id).execute();
    }

    boolean none(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM publications").mapTo(Long.class).one() == 0;
    }

    /** Replaces the row if it is still at {@code expectedVersion}; returns whether it was. */
    boolean update(Handle h, EditorialItem item, long expectedVersion) {
        return bind(h.createUpdate("UPDATE publications SET " + CHANGEABLE + " WHERE id = :id AND version = :expected"),
                item)
                .bind("id", item.id())
                .bind("expected", expectedVersion)
                .execute() == 1;
    }

    /** The scheduled items whose time has come, the longest overdue first. */
    List<Long> due(Handle h, Instant now) {
        return h.createQuery("SELECT id FROM publications WHERE status = 'scheduled' AND scheduled_at <= :now"
                        + " ORDER BY scheduled_at, id")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .list();
    }

    private static <S extends SqlStatement<S>> S bind(S s, EditorialItem item) {
        Publication p = item.publication();
        Workflow w = item.workflow();
        Withdrawal withdrawal = w.withdrawal();
        ForcePublish force = w.forcePublish();
        return s.bind("slug", p.slug())
                .bind("type", p.type().code())
                .bind("lang", p.lang())
                .bind("status", p.status().code())
                .bind("title", p.title())
                .bind("lead", p.lead())
                .bind("body", p.body())
                .bind("place", p.place())
                .bind("eventDate", date(p.eventDate()))
                .bind("publishedAt", millis(p.publishedAt()))
                .bind("featured", p.featured())
                .bind("seriesKey", p.series() == null ? null : p.series().key())
                .bind("seriesPart", p.series() == null ? null : p.series().part())
                .bind("speakers", PublicationRows.linesText(p.speakers()))
                .bind("tags", PublicationRows.linesText(item.tags()))
                .bind("updatedAt", p.updatedAt().toEpochMilli())
                .bind("version", w.version())
                .bind("submittedBy", w.submittedBy())
                .bind("scheduledAt", millis(w.scheduledAt()))
                .bind("withdrawnAt", withdrawal == null ? null : withdrawal.at().toEpochMilli())
                .bind("withdrawalReason", withdrawal == null ? null : withdrawal.reason())
                .bind("replacementUrl", w.replacementUrl())
                .bind("forceReason", force == null ? null : force.reason())
                .bind("forcePublishedBy", force == null ? null : force.by())
                .bind("forceApprovedBy", force == null ? null : force.approvedBy());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Workflow workflow(ResultSet rs) throws SQLException {
        Instant withdrawnAt = PublicationRows.instant(rs, "withdrawn_at");
        Long forcedBy = id(rs, "force_published_by");
        return new Workflow(rs.getLong("version"), id(rs, "author_id"), id(rs, "submitted_by"),
                PublicationRows.instant(rs, "scheduled_at"),
                withdrawnAt == null ? null : new Withdrawal(withdrawnAt, rs.getString("withdrawal_reason")),
                rs.getString("replacement_url"),
                forcedBy == null ? null : new ForcePublish(rs.getString("force_reason"), forcedBy,
                        id(rs, "force_approved_by")));
    }

    static Long id(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
