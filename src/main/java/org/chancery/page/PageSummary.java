package org.chancery.page;

import java.time.Instant;

/**
 * A page as listed for editors: where it is, who saved it last and when.
 *
 * @param group the id its translations share (see {@link StaticPage#group()})
 */
public record PageSummary(long id, String lang, String slug, String title, Instant updatedAt, String updatedBy,
        long group) {

    public String path() {
        return StaticPage.path(lang, slug);
    }
}
