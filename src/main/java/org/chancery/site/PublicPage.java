package org.chancery.site;

/**
 * The record of a public page, which its template shows. Besides its content it declares what it
 * {@link Shown shows}: a page that does not cannot be rendered by {@link Pages}, rather than being
 * silently never kept, or kept past a change.
 */
public interface PublicPage {
    Shown shown();

    /**
     * The page's one address, when the request's may be another form of it (the archive at a query
     * its path-shaped address also names); null: the address it was asked at.
     */
    default String canonicalPath() {
        return null;
    }

    /** What search engines may show under the page's title (a lead, a summary); null: the mission's name. */
    default String description() {
        return null;
    }
}
