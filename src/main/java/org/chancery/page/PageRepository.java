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
            rs.getLong("version"), Instant.ofEpochMilli(rs.getLong("updated_at")), updatedBy(rs));
    private static final RowMapper<PageSummary> SUMMARY = (rs, ctx) -> new PageSummary(rs.getLong("id"),
            rs.getString("lang"), rs.getString("slug"), rs.getString("title"),
            Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getString("editor"));

    private static Long updatedBy(ResultSet rs) throws SQLException {
        long id = rs.getLong("updated_by");
        return rs.wasNull() ? null : id;
    }

    public Optional<StaticPage> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM pages WHERE id = :id").bind("id", id).map(PAGE).findOne();
    }

    public Optional<StaticPage> find(Handle h, String lang, String slug) {
        return h.createQuery("SELECT * FROM pages WHERE lang = :lang AND slug = :slug")
                .bind("lang", lang).bind("slug", slug).map(PAGE).findOne();
    }

    /** Every page, by language and title, with the name (or e-mail) of who saved it last. */
    public List<PageSummary> list(Handle h) {
        return h.createQuery("""
                SELECT p.id, p.lang, p.slug, p.title, p.updated_at,
                       CASE WHEN u.name IS NULL OR u.name = '' THEN u.email ELSE u.name END AS editor
                FROM pages p LEFT JOIN users u ON u.id = p.updated_by
                ORDER BY p.lang, p.title, p.id""").map(SUMMARY).list();
    }

    public long insert(Handle h, StaticPage page) {
        return h.createUpdate("""
                INSERT INTO pages (lang, slug, title, body, version, updated_at, updated_by)
                VALUES (:lang, :slug, :title, :body, :version, :updatedAt, :updatedBy)""")
                .bind("lang", page.lang()).bind("slug", page.slug()).bind("title", page.title())
                .bind("body", page.body()).bind("version", page.version())
                .bind("updatedAt", page.updatedAt().toEpochMilli()).bind("updatedBy", page.updatedBy())
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
