package org.chancery.search;

import java.time.Instant;
import java.time.LocalDate;
import org.chancery.content.Paths;
import org.chancery.publication.PublicationType;

/**
 * One publication found: its title and the best passage of its text (or its lead, when the
 * match is elsewhere) with the matching words marked, its type and its date in the home zone.
 */
public record SearchHit(
        long id,
        String slug,
        String lang,
        PublicationType type,
        Snippet title,
        Snippet snippet,
        Instant publishedAt,
        LocalDate publishedOn) {

    public String path() {
        return Paths.publication(lang, id, slug);
    }
}
