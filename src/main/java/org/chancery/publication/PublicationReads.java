package org.chancery.publication;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The queries behind readers' pages: only published items, newest first, index-backed. */
public final class PublicationReads {
    private static final String PUBLISHED = "status = 'published' AND published_at IS NOT NULL";

    private final Jdbi jdbi;

    public PublicationReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest published item marked featured in {@code lang}. */
    public Optional<Publication> featured(String lang) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM publications WHERE lang = :lang AND " + PUBLISHED
                        + " AND featured = TRUE ORDER BY published_at DESC, id DESC LIMIT 1")
                .bind("lang", lang)
                .map(PublicationRows.FULL)
                .findOne());
    }

    /** The newest {@code limit} published items in {@code lang}, leaving out {@code exceptId}. */
    public List<PublicationSummary> latest(String lang, int limit, long exceptId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PublicationRows.SUMMARY_COLUMNS
                        + " FROM publications WHERE lang = :lang AND " + PUBLISHED
                        + " AND id <> :exceptId ORDER BY published_at DESC, id DESC LIMIT :limit")
                .bind("lang", lang)
                .bind("exceptId", exceptId)
                .bind("limit", limit)
                .map(PublicationRows.SUMMARY)
                .list());
    }

    public Optional<Publication> published(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM publications WHERE id = :id AND " + PUBLISHED)
                .bind("id", id)
                .map(PublicationRows.FULL)
                .findOne());
    }

    /** The published part {@code part} of a series in {@code lang}, if there is one. */
    public Optional<PublicationSummary> seriesPart(String lang, String seriesKey, int part) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PublicationRows.SUMMARY_COLUMNS
                        + " FROM publications WHERE series_key = :key AND series_part = :part"
                        + " AND lang = :lang AND " + PUBLISHED + " ORDER BY published_at DESC LIMIT 1")
                .bind("key", seriesKey)
                .bind("part", part)
                .bind("lang", lang)
                .map(PublicationRows.SUMMARY)
                .findOne());
    }
}
