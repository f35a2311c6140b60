package org.chancery.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The newest published publications of a language (and type), with what a feed shows of them. */
public final class FeedQueries {

    /** A row of a feed: the body still Markdown. */
    public record Row(long id, String slug, PublicationType type, String lang, String title, String lead,
            String body, List<String> speakers, List<String> tags, Instant publishedAt, Instant updatedAt) {
    }

    private final Jdbi jdbi;

    public FeedQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static String sql(Optional<PublicationType> type) {
        return "SELECT id, slug, type, lang, title, lead, body, speakers, tags, published_at, updated_at"
                + " FROM publications WHERE lang = :lang AND status = 'published' AND published_at IS NOT NULL"
                + (type.isPresent() ? " AND type = :type" : "")
                + " ORDER BY published_at DESC, id DESC LIMIT :limit";
    }

    public List<Row> newest(String lang, Optional<PublicationType> type, int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql(type)).bind("lang", lang).bind("limit", limit);
            type.ifPresent(t -> query.bind("type", t.code()));
            return query.map((rs, ctx) -> new Row(rs.getLong("id"), rs.getString("slug"),
                    PublicationType.fromCode(rs.getString("type")).orElseThrow(), rs.getString("lang"),
                    rs.getString("title"), rs.getString("lead"), rs.getString("body"),
                    PublicationRows.lines(rs.getString("speakers")), PublicationRows.lines(rs.getString("tags")),
                    PublicationRows.instant(rs, "published_at"), PublicationRows.instant(rs, "updated_at")))
                    .list();
        });
    }
}
