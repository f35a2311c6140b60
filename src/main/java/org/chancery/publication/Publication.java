package org.chancery.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A publication as the press office writes it: the aggregate the repository stores.
 * {@code id} is null until it is saved; {@code place}, {@code eventDate}, {@code publishedAt}
 * and {@code series} may be null.
 */
public record Publication(
        Long id,
        String slug,
        PublicationType type,
        String lang,
        Status status,
        String title,
        String lead,
        String body,
        String place,
        LocalDate eventDate,
        Instant publishedAt,
        boolean featured,
        SeriesPart series,
        List<String> speakers,
        Instant createdAt,
        Instant updatedAt) {

    public Publication {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        lead = lead == null ? "" : lead;
        body = body == null ? "" : body;
        speakers = List.copyOf(speakers);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
