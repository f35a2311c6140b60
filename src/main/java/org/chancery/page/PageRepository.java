package org.chancery.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Stores static pages on the caller's handle, so a save and its audit entry share one
 * transaction. Updates and deletions name the version they replace and change nothing when the
 * row has moved on: the optimistic lock.
 */
public final class PageRepository {
    private static final RowMapper<StaticPage> PAGE = (rs, ctx) -> new StaticPage(rs.getLong("id"),
            rs.getString("lang"), rs.getString("slug"), rs.getString("title"), rs.getString("body"),
            rs.getLong("version"), Instant.ofEpochMilli(rs.getLong("updated_at")), nullable(rs, "updated_by"),
            nullable(rs, "translation_of"));
    private static final RowMapper<PageSummary> SUMMARY = (rs, ctx) -> new PageSummary(rs.getLong("id"),
            rs.getString("lang"), rs.getString("slug"), rs.getString("title"),
            Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getString("editor"), rs.getLong("grp"));

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }

    public Optional<StaticPage> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM pages WHERE id = :id").bind("id", id).map(PAGE).findOne();
    }

    public Optional<StaticPage> find(Handle h, String lang, String slug) {
        return h.createQuery("SELECT * FROM pages WHERE lang = :lang AND slug = :slug")
                .bind("lang", lang).bind("slug", slug).map(PAGE).findOne();
    }

    /** The other pages of a page's group (its original and translations), by language. */
    public List<StaticPage> translations(Handle h, StaticPage page) {
        return h.createQuery("""
                SELECT * FROM pages WHERE (id = :group OR translation_of = :group) AND id <> :id
                ORDER BY lang, id""")
                .bind("group", page.group()).bind("id", page.id()).map(PAGE).list();
    }

    /**
     * Before an original is deleted: its oldest translation becomes the group's original, and the
     * other translations name that one, so the group stays linked.
     */
    public void promoteTranslation(Handle h, long original) {
        h.createQuery("SELECT id FROM pages WHERE translation_of = :original ORDER BY id LIMIT 1")
                .bind("original", original)
                .mapTo(Long.class).findOne().ifPresent(heir -> {
                    h.createUpdate("UPDATE pages SET translation_of = :heir WHERE translation_of = :original AND id <> :heir")
                            .bind("heir", heir).bind("original", original).execute();
                    h.createUpdate("UPDATE pages SET translation_of = NULL WHERE id = :heir").bind("heir", heir).execute();
                });
    }

    /** Every page, by language and title, with the name (or e-mail) of who saved it last and its group. */
    public List<PageSummary> list(Handle h) {
        return h.createQuery("""
                SELECT p.id, p.lang, p.slug, p.title, p.updated_at, COALESCE(p.translation_of, p.id) AS grp,
                       CASE WHEN u.name IS NULL OR u.name = '' THEN u.email ELSE u.name END AS editor
                FROM pages p LEFT JOIN users u ON u.id = p.updated_by
                ORDER BY p.lang, p.title, p.id""").map(SUMMARY).list();
    }

    public long insert(Handle h, StaticPage page) {
        return h.createUpdate("""
                INSERT INTO pages (lang, slug, title, body, version, updated_at, updated_by, translation_of)
                VALUES (:lang, :slug, :title, :body, :version, :updatedAt, :updatedBy, :translationOf)""")
                .bind("lang", page.lang()).bind("slug", page.slug()).bind("title", page.title())
                .bind("body", page.body()).bind("version", page.version())
                .bind("updatedAt", page.updatedAt().toEpochMilli()).bind("updatedBy", page.updatedBy())
                .bind("translationOf", page.translationOf())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Replaces the row if it is still at {@code expectedVersion}; returns whether it was. */
    public boolean update(Handle h, StaticPage page, long expectedVersion) {
        return h.createUpdate("""
                UPDATE pages SET lang = :lang, slug = :slug, title = :title, body = :body, version = :version,
                    updated_at = :updatedAt, updated_by = :updatedBy
                WHERE id = :id AND version = :expected""")
                .bind("lang", page.lang()).bind("slug", page.slug()).bind("title", page.title())
                .bind("body", page.body()).bind("version", page.version())
                .bind("updatedAt", page.updatedAt().toEpochMilli()).bind("updatedBy", page.updatedBy())
                .bind("id", page.id()).bind("expected", expectedVersion)
                .execute() == 1;
    }

    /** Deletes the row if it is still at {@code expectedVersion}; returns whether it was. */
    public boolean delete(Handle h, long id, long expectedVersion) {
        return h.createUpdate("DELETE FROM pages WHERE id = :id AND version = :expected")
                .bind("id", id).bind("expected", expectedVersion).execute() == 1;
    }
}
