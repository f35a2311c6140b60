package org.chancery.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stores publications whole; readers' pages go through {@link PublicationReads}. */
public final class PublicationRepository {
    private final Jdbi jdbi;

    public PublicationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts a new publication and returns its id. */
    public long insert(Publication p) {
        if (p.id() != null) {
            throw new IllegalArgumentException("publication already has id " + p.id());
        }
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO publications (slug, type, lang, status, title, lead, body, place, event_date,
                    published_at, featured, series_key, series_part, speakers, created_at, updated_at)
                VALUES (:slug, :type, :lang, :status, :title, :lead, :body, :place, :eventDate,
                    :publishedAt, :featured, :seriesKey, :seriesPart, :speakers, :createdAt, :updatedAt)
                """)
                .bind("slug", p.slug())
                .bind("type", p.type().code())
                .bind("lang", p.lang())
                .bind("status", p.status().code())
                .bind("title", p.title())
                .bind("lead", p.lead())
                .bind("body", p.body())
                .bind("place", p.place())
                .bind("eventDate", Optional.ofNullable(p.eventDate()).map(LocalDate::toString).orElse(null))
                .bind("publishedAt", Optional.ofNullable(p.publishedAt()).map(Instant::toEpochMilli).orElse(null))
                .bind("featured", p.featured())
                .bind("seriesKey", p.series() == null ? null : p.series().key())
                .bind("seriesPart", p.series() == null ? null : p.series().part())
                .bind("speakers", PublicationRows.linesText(p.speakers()))
                .bind("createdAt", p.createdAt().toEpochMilli())
                .bind("updatedAt", p.updatedAt().toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public Optional<Publication> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM publications WHERE id = :id")
                .bind("id", id)
                .map(PublicationRows.FULL)
                .findOne());
    }

    /** Marks {@code id} as a translation of {@code originalId}, which must be an original itself. */
    public void linkTranslation(long id, long originalId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE publications SET translation_of = :original WHERE id = :id")
                .bind("original", originalId).bind("id", id).execute());
    }

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM publications").mapTo(Long.class).one() == 0);
    }
}
