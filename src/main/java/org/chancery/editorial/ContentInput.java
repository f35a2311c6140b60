package org.chancery.editorial;

import java.util.List;

/**
 * Content as a client sends it, not yet validated. A null field is left as it is (or takes its
 * default when creating); an empty {@code place} or {@code eventDate} clears it.
 *
 * @param eventDate an ISO date, {@code 2020-04-29}
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
        List<String> tags) {

    public static ContentInput empty() {
        return new ContentInput(null, null, null, null, null, null, null, null, null, null);
    }
}
