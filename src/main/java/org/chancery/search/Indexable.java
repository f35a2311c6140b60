package org.chancery.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chancery.publication.PublicationType;

/** A published publication as the index takes it in: its content and its dates, the body still Markdown. */
public record Indexable(
        long id,
        String slug,
        PublicationType type,
        String lang,
        String title,
        String lead,
        String body,
        String place,
        LocalDate eventDate,
        Instant publishedAt,
        Instant updatedAt,
        List<String> speakers,
        List<String> tags) {

    public Indexable {
        speakers = List.copyOf(speakers);
        tags = List.copyOf(tags);
    }
}
