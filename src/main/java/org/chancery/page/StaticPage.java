package org.chancery.page;

import java.time.Instant;

/**
 * A page that is not a publication (consular services, visas, contacts), at {@code /{lang}/{slug}}.
 *
 * @param body      Markdown, rendered and sanitized when shown
 * @param version   raised by every save; a save names the version it edited
 * @param updatedBy the user who saved it last, or null for the sample site's pages
 */
public record StaticPage(long id, String lang, String slug, String title, String body, long version,
        Instant updatedAt, Long updatedBy) {

    public String path() {
        return path(lang, slug);
    }

    public static String path(String lang, String slug) {
        return "/" + lang + "/" + slug;
    }
}
