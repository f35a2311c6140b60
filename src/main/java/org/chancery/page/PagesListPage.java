package org.chancery.page;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Every static page, for editors, with a notice after a deletion.
 *
 * @param deleted whether a page has just been deleted
 */
public record PagesListPage(List<Row> pages, boolean deleted) {

    /**
     * @param updatedAt    when it was saved last, in the mission's home zone
     * @param translations the same page in other languages
     * @param missing      the site's languages it is not yet in
     */
    public record Row(PageSummary page, ZonedDateTime updatedAt, List<PageSummary> translations,
            List<String> missing) {

        /** The form of a new page translating this one into {@code lang}. */
        public String translateHref(String lang) {
            return PagesAdminHandler.translateHref(page.id(), lang);
        }
    }
}
