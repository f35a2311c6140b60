package org.chancery.page;

import java.util.Set;

/**
 * Path segments that belong to the site itself, so no static page may take them as its slug:
 * {@code /{lang}/{slug}} is registered after the site's own routes and would never be reached
 * under these names, or would hide a route added later. A new public route adds its first
 * segment here.
 */
public final class ReservedSlugs {
    public static final Set<String> ALL = Set.of(
            "news", "search", "feed", "sitemap.xml", "robots.txt", "api", "admin", "assets", "healthz", "media");

    private ReservedSlugs() {
    }

    public static boolean contains(String slug) {
        return ALL.contains(slug);
    }
}
