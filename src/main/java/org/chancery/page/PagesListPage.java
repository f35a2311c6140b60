package org.chancery.page;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Every static page, for editors, with a notice after a deletion.
 *
 * @param deleted whether a page has just been deleted
 */
public record PagesListPage(List<Row> pages, boolean deleted) {

    /** @param updatedAt when it was saved last, in the mission's home zone */
    public record Row(PageSummary page, ZonedDateTime updatedAt) {
    }
}
