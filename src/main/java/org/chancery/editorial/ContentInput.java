package org.chancery.editorial;

import java.util.List;

/**
 * Content as a client sends it, not yet validated. A null field is left as it is (or takes its
 * default when creating); an empty {@code place} or {@code eventDate} clears it, and an empty
 * {@code seriesKey} takes the publication out of its series.
 *
 * @param eventDate  an ISO date, {@code 2020-04-29}
 * @param seriesPart the part's number as text, {@code 2}
 */
public record ContentInput(
        String type,
        String lang,
        String title,
        String lead,
        String body,
        String place,
        String eventDate,
        Boolean featured,
        List<String> speakers,
        List<String> tags,
        String seriesKey,
        String seriesPart) {

    public static ContentInput empty() {
        return new ContentInput(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
