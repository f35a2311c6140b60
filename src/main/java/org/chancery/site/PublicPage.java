package org.chancery.site;

/**
 * The record of a public page, which its template shows. Besides its content it declares what it
 * {@link Shown shows}: a page that does not cannot be rendered by {@link Pages}, rather than being
 * silently never kept, or kept past a change.
 */
public interface PublicPage {
    Shown shown();
}
