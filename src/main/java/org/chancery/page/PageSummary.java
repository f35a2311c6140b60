package org.chancery.page;

import java.time.Instant;

/** A page as listed for editors: where it is, and who saved it last and when. */
public record PageSummary(long id, String lang, String slug, String title, Instant updatedAt, String updatedBy) {

    public String path() {
        return StaticPage.path(lang, slug);
    }
}
