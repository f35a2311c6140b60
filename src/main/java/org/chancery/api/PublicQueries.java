package org.chancery.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * What the read API shows to everyone: a publication that has appeared (published, withdrawn
 * or unpublished, for its address) and pages of the published ones, newest first, each page
 * found by its key from the {@code (lang, status[, type], published_at, id)} index.
 */
final class PublicQueries {
    private static final String COLUMNS = "id, slug, type, lang, status, title, lead, body, place, event_date,"
            + " speakers, tags, published_at, updated_at, withdrawn_at, withdrawal_reason, replacement_url";

    /** A publication as the public may read it. */
    record Row(long id, String slug, PublicationType type, String lang, Status status, String title, String lead,
            String body, String place, LocalDate eventDate, List<String> speakers, List<String> tags,
            Instant publishedAt, Instant updatedAt, Instant withdrawnAt, String withdrawalReason,
            String replacementUrl) {
    }

    /** Which published publications a page lists, and after which one it starts. */
    record Filter(List<String> langs, Optional<PublicationType> type, Optional<Instant> since,
            Optional<Instant> until, Optional<Cursor> after) {
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(rs.getLong("id"), rs.getString("slug"),
            PublicationType.fromCode(rs.getString("type")).orElseThrow(), rs.getString("lang"),
            Status.fromCode(rs.getString("status")), rs.getString("title"), rs.getString("lead"),
            rs.getString("body"), rs.getString("place"), PublicationRows.date(rs, "event_date"),
            PublicationRows.lines(rs.getString("speakers")), PublicationRows.lines(rs.getString("tags")),
            PublicationRows.instant(rs, "published_at"), PublicationRows.instant(rs, "updated_at"),
            PublicationRows.instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"),
            rs.getString("replacement_url"));

    private final Jdbi jdbi;

    PublicQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<Row> atAddress(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM publications WHERE id = :id"
                        + " AND status IN ('published', 'withdrawn', 'unpublished') AND published_at IS NOT NULL")
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    static String pageSql(Filter f) {
        return "SELECT " + COLUMNS + " FROM publications WHERE lang IN (<langs>) AND status = 'published'"
                + " AND published_at IS NOT NULL"
                + (f.type().isPresent() ? " AND type = :type" : "")
                + (f.since().isPresent() ? " AND published_at >= :since" : "")
                + (f.until().isPresent() ? " AND published_at < :until" : "")
                + (f.after().isPresent() ? " AND (published_at < :afterAt OR (published_at = :afterAt AND id < :afterId))" : "")
                + " ORDER BY published_at DESC, id DESC LIMIT :limit";
    }

    List<Row> page(Filter f, int limit) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(pageSql(f)).bindList("langs", f.langs()).bind("limit", limit);
            f.type().ifPresent(t -> q.bind("type", t.code()));
            f.since().ifPresent(t -> q.bind("since", t.toEpochMilli()));
            f.until().ifPresent(t -> q.bind("until", t.toEpochMilli()));
            f.after().ifPresent(c -> q.bind("afterAt", c.publishedAtMillis()).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }
}
