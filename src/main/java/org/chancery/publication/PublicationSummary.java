package org.chancery.publication;

import java.time.Instant;
import java.time.LocalDate;
import org.chancery.content.Paths;

/** A published item as lists show it: headline parts, lead and publication time. */
public record PublicationSummary(
        long id,
        String slug,
        PublicationType type,
        String lang,
        String title,
        String lead,
        String place,
        LocalDate eventDate,
        Instant publishedAt) {

    /** The stable public path, {@code /en/news/123-slug}. */
    public String path() {
        return Paths.publication(lang, id, slug);
    }
}
