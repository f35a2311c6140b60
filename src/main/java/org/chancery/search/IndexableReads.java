package org.chancery.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** What the search index reads: published publications, one at a time or in batches by id. */
public final class IndexableReads {
    private static final String COLUMNS = "id, slug, type, lang, title, lead, body, place, event_date,"
            + " published_at, updated_at, speakers, tags";
    private static final String PUBLISHED = "status = 'published' AND published_at IS NOT NULL";

    private static final RowMapper<Indexable> ROW = (rs, ctx) -> new Indexable(
            rs.getLong("id"), rs.getString("slug"),
            PublicationType.fromCode(rs.getString("type")).orElseThrow(), rs.getString("lang"),
            rs.getString("title"), rs.getString("lead"), rs.getString("body"), rs.getString("place"),
            PublicationRows.date(rs, "event_date"), PublicationRows.instant(rs, "published_at"),
            PublicationRows.instant(rs, "updated_at"), PublicationRows.lines(rs.getString("speakers")),
            PublicationRows.lines(rs.getString("tags")));

    /** How many items are published in a language and when the last of them changed. */
    public record Fingerprint(long count, Instant lastUpdate) {
    }

    private final Jdbi jdbi;

    public IndexableReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The publication if readers may find it (published, not withdrawn or unpublished). */
    public Optional<Indexable> published(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM publications WHERE id = :id AND "
                        + PUBLISHED)
                .bind("id", id)
                .map(ROW)
                .findOne());
    }

    /** Up to {@code limit} published items in {@code lang} with an id above {@code afterId}, by id. */
    public List<Indexable> batch(String lang, long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM publications WHERE id > :after"
                        + " AND lang = :lang AND " + PUBLISHED + " ORDER BY id LIMIT :limit")
                .bind("after", afterId)
                .bind("lang", lang)
                .bind("limit", limit)
                .map(ROW)
                .list());
    }

    public Fingerprint fingerprint(String lang) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS n, MAX(updated_at) AS last_update FROM publications"
                        + " WHERE lang = :lang AND " + PUBLISHED)
                .bind("lang", lang)
                .map((rs, ctx) -> new Fingerprint(rs.getLong("n"), PublicationRows.instant(rs, "last_update")))
                .one());
    }
}
