package org.chancery.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The rows of the media library, one per file, with who uploaded it; the bytes are the {@link MediaStore}'s. */
final class MediaRepository {
    private static final String COLUMNS = "m.id, m.path, m.name, m.content_type, m.bytes, m.uploaded_at,"
            + " m.focus_x, m.focus_y, u.name AS user_name, u.email AS user_email FROM media m LEFT JOIN users u ON u.id = m.uploaded_by";
    private static final RowMapper<MediaFile> FILE = (rs, ctx) -> new MediaFile(rs.getLong("id"),
            rs.getString("path"), rs.getString("name"),
            MediaStore.kindOf(rs.getString("path")).orElseThrow(), rs.getLong("bytes"),
            Instant.ofEpochMilli(rs.getLong("uploaded_at")),
            uploader(rs.getString("user_name"), rs.getString("user_email")), focus(rs));

    /** Adds the row of a stored file, shown as {@code name}; returns its id. */
    long insert(Handle h, MediaStore.Stored stored, String name, Instant at, long userId) {
        return h.createUpdate("INSERT INTO media (sha256, path, name, content_type, bytes, uploaded_at,"
                        + " uploaded_by) VALUES (:sha, :path, :name, :type, :bytes, :at, :by)")
                .bind("sha", stored.sha256()).bind("path", stored.path())
                .bind("name", name).bind("type", stored.kind().contentType())
                .bind("bytes", stored.bytes()).bind("at", at.toEpochMilli()).bind("by", userId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Newest first, at most {@code limit}, those older than the file {@code before} (0 for the newest). */
    List<MediaFile> page(Handle h, long before, int limit) {
        return h.createQuery("SELECT " + COLUMNS + (before > 0 ? " WHERE m.id < :before" : "")
                        + " ORDER BY m.id DESC LIMIT :limit")
                .bind("before", before).bind("limit", limit)
                .map(FILE).list();
    }

    Optional<MediaFile> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE m.id = :id").bind("id", id).map(FILE).findOne();
    }

    Optional<MediaFile> bySha(Handle h, String sha) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE m.sha256 = :sha").bind("sha", sha).map(FILE).findOne();
    }

    boolean listed(Handle h, String path) {
        return h.createQuery("SELECT COUNT(*) FROM media WHERE path = :path")
                .bind("path", path).mapTo(Integer.class).one() > 0;
    }

    void delete(Handle h, long id) {
        h.createUpdate("DELETE FROM media WHERE id = :id").bind("id", id).execute();
    }

    /** Sets the focal point of a file's crops. */
    void focus(Handle h, long id, Focus focus) {
        h.createUpdate("UPDATE media SET focus_x = :x, focus_y = :y WHERE id = :id")
                .bind("x", focus.x()).bind("y", focus.y()).bind("id", id).execute();
    }

    private static Focus focus(java.sql.ResultSet rs) throws java.sql.SQLException {
        double x = rs.getDouble("focus_x");
        if (rs.wasNull()) {
            return Focus.CENTRE;
        }
        return new Focus(x, rs.getDouble("focus_y"));
    }

    private static String uploader(String name, String email) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email == null ? "" : email;
    }
}
