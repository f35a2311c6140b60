package org.chancery.page;

import java.time.Instant;

/**
 * A page that is not a publication (consular services, visas, contacts), at {@code /{lang}/{slug}}.
 *
 * @param body          Markdown, rendered and sanitized when shown
 * @param version       raised by every save; a save names the version it edited
 * @param updatedBy     the user who saved it last, or null for the sample site's pages
 * @param translationOf the page this one translates, or null for a page that translates none
 */
public record StaticPage(long id, String lang, String slug, String title, String body, long version,
        Instant updatedAt, Long updatedBy, Long translationOf) {

    public String path() {
        return path(lang, slug);
    }

    /** The id its translations share: the original's. */
    public long group() {
        return translationOf == null ? id : translationOf;
    }

    public static String path(String lang, String slug) {
        return "/" + lang + "/" + slug;
    }
}
