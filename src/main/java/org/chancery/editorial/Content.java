package org.chancery.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.chancery.publication.PublicationType;
import org.chancery.publication.SeriesPart;

/**
 * What an editor writes and a revision keeps: the editable content of a publication, already
 * validated. {@code place}, {@code eventDate} and {@code series} may be null.
 */
public record Content(
        PublicationType type,
        String lang,
        String title,
        String lead,
        String body,
        String place,
        LocalDate eventDate,
        boolean featured,
        SeriesPart series,
        List<String> speakers,
        List<String> tags) {

    public Content {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        lead = lead == null ? "" : lead;
        body = body == null ? "" : body;
        speakers = List.copyOf(speakers);
        tags = List.copyOf(tags);
    }
}
