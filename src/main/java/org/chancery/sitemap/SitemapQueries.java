package org.chancery.sitemap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.jdbi.v3.core.Jdbi;

/** The published publications' addresses for the sitemap, in a fixed order (by id), a slice at a time. */
public final class SitemapQueries {
    private static final String PUBLISHED = "status = 'published' AND published_at IS NOT NULL";

    /** A published publication's address parts and the time it last changed. */
    public record Row(long id, String slug, String lang, Instant updatedAt) {
    }

    /** A static page's address and the time it last changed. */
    public record PageRow(String lang, String slug, Instant updatedAt) {
    }

    private final Jdbi jdbi;

    public SitemapQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM publications WHERE " + PUBLISHED)
                .mapTo(Long.class).one());
    }

    public List<Row> slice(long offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, slug, lang, updated_at FROM publications WHERE "
                        + PUBLISHED + " ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("lang"),
                        PublicationRows.instant(rs, "updated_at")))
                .list());
    }

    /** Every static page; there are a handful, so they go with the fixed pages. */
    public List<PageRow> staticPages() {
        return jdbi.withHandle(h -> h.createQuery("SELECT lang, slug, updated_at FROM pages ORDER BY lang, slug")
                .map((rs, ctx) -> new PageRow(rs.getString("lang"), rs.getString("slug"),
                        PublicationRows.instant(rs, "updated_at")))
                .list());
    }

    /** When a published publication in {@code lang} last changed: the home page and archive changed then too. */
    public Optional<Instant> lastChange(String lang) {
        return jdbi.withHandle(h -> Optional.ofNullable(h.createQuery("SELECT MAX(updated_at) FROM publications"
                        + " WHERE lang = :lang AND " + PUBLISHED)
                .bind("lang", lang)
                .mapTo(Long.class)
                .one()).map(Instant::ofEpochMilli));
    }
}
