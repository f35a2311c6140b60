package org.chancery.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The revisions of publications: a full snapshot of the content per save, never changed afterwards. */
final class RevisionRepository {
    private static final String SUMMARY_COLUMNS = "r.number, r.version, r.author_id, u.email, r.created_at,"
            + " r.change_note, r.minor, r.restored_from";
    private static final String FROM = " FROM revisions r LEFT JOIN users u ON u.id = r.author_id"
            + " WHERE r.publication_id = :id";

    private static final RowMapper<RevisionSummary> SUMMARY = (rs, ctx) -> summary(rs);
    private static final RowMapper<Revision> FULL = (rs, ctx) -> new Revision(summary(rs), content(rs));

    /** Adds the next revision of publication {@code id} and returns its number. */
    int insert(Handle h, long id, long version, Content c, Long authorId, Instant at, EditNote note,
            Integer restoredFrom) {
        int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions WHERE publication_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
        insert(h, id, number, version, c, authorId, at, note, restoredFrom);
        return number;
    }

    /** Adds the first revision of publication {@code id}, just stored. */
    void insertFirst(Handle h, long id, long version, Content c, Long authorId, Instant at) {
        insert(h, id, 1, version, c, authorId, at, EditNote.none(), null);
    }

    private static void insert(Handle h, long id, int number, long version, Content c, Long authorId, Instant at,
            EditNote note, Integer restoredFrom) {
        h.createUpdate("""
                INSERT INTO revisions (publication_id, number, version, type, lang, title, lead, body, place,
                    event_date, featured, series_key, series_part, speakers, tags, author_id, created_at, change_note, minor, restored_from)
                VALUES (:id, :number, :version, :type, :lang, :title, :lead, :body, :place,
                    :eventDate, :featured, :seriesKey, :seriesPart, :speakers, :tags, :authorId, :at, :note, :minor, :restoredFrom)
                """)
                .bind("id", id)
                .bind("number", number)
                .bind("version", version)
                .bind("type", c.type().code())
                .bind("lang", c.lang())
                .bind("title", c.title())
                .bind("lead", c.lead())
                .bind("body", c.body())
                .bind("place", c.place())
                .bind("eventDate", EditorialRepository.date(c.eventDate()))
                .bind("featured", c.featured())
                .bind("seriesKey", c.series() == null ? null : c.series().key())
                .bind("seriesPart", c.series() == null ? null : c.series().part())
                .bind("speakers", PublicationRows.linesText(c.speakers()))
                .bind("tags", PublicationRows.linesText(c.tags()))
                .bind("authorId", authorId)
                .bind("at", at.toEpochMilli())
                .bind("note", note.changeNote())
                .bind("minor", note.minor())
                .bind("restoredFrom", restoredFrom)
                .execute();
    }

    /** The history of publication {@code id}, oldest first. */
    List<RevisionSummary> list(Handle h, long id) {
        return h.createQuery("SELECT " + SUMMARY_COLUMNS + FROM + " ORDER BY r.number")
                .bind("id", id).map(SUMMARY).list();
    }

    Optional<Revision> find(Handle h, long id, int number) {
        return h.createQuery("SELECT r.*, u.email" + FROM + " AND r.number = :number")
                .bind("id", id).bind("number", number).map(FULL).findOne();
    }

    /** The content as it stood at {@code version}: the last save at or before it. */
    Optional<Revision> atVersion(Handle h, long id, long version) {
        return h.createQuery("SELECT r.*, u.email" + FROM + " AND r.version <= :version"
                        + " ORDER BY r.number DESC LIMIT 1")
                .bind("id", id).bind("version", version).map(FULL).findOne();
    }

    private static RevisionSummary summary(ResultSet rs) throws SQLException {
        int restored = rs.getInt("restored_from");
        Integer restoredFrom = rs.wasNull() ? null : restored;
        return new RevisionSummary(rs.getInt("number"), rs.getLong("version"), EditorialRepository.id(rs, "author_id"),
                rs.getString("email"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("change_note"),
                rs.getBoolean("minor"), restoredFrom);
    }

    private static Content content(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new Content(PublicationType.fromCode(type)
                        .orElseThrow(() -> new IllegalStateException("unknown publication type in database: " + type)),
                rs.getString("lang"), rs.getString("title"), rs.getString("lead"), rs.getString("body"),
                rs.getString("place"), PublicationRows.date(rs, "event_date"), rs.getBoolean("featured"),
                PublicationRows.series(rs), PublicationRows.lines(rs.getString("speakers")), PublicationRows.lines(rs.getString("tags")));
    }
}
