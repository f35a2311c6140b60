package org.chancery.export;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same-site addresses a fetched file refers to: {@code href} and {@code src} attributes of
 * HTML (the site's templates and its body sanitizer always quote them with double quotes),
 * {@code url(...)} in style sheets and {@code <loc>} in sitemaps. Only paths without a query are
 * kept: a query names a view that a directory of files cannot hold.
 */
final class Links {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)['\"]?\\s*\\)");
    private static final Pattern LOC = Pattern.compile("<loc>\\s*([^<\\s]+)\\s*</loc>");

    private final String base;

    /** {@code base}: the site's public address; absolute links that start with it count as the site's own. */
    Links(URI base) {
        this.base = base.toString().replaceAll("/+$", "");
    }

    /** Whether an answer of this type can hold links: pages, style sheets, sitemaps; not images or PDFs. */
    static boolean read(String contentType) {
        String type = contentType == null ? "" : contentType;
        return type.startsWith("text/html") || type.startsWith("text/css") || type.contains("xml");
    }

    Set<String> in(String contentType, String text) {
        String type = contentType == null ? "" : contentType;
        if (type.startsWith("text/html")) {
            return paths(ATTRIBUTE.matcher(text), true);
        }
        if (type.startsWith("text/css")) {
            return paths(CSS_URL.matcher(text), false);
        }
        if (type.contains("xml") && (text.contains("<urlset") || text.contains("<sitemapindex"))) {
            return paths(LOC.matcher(text), true);
        }
        return Set.of();
    }

    private Set<String> paths(Matcher m, boolean escaped) {
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            String value = escaped ? m.group(1).replace("&amp;", "&") : m.group(1);
            sitePath(value).ifPresent(found::add);
        }
        return found;
    }

    /** The absolute address of a site path ("/en/"), under the site's public address. */
    String absolute(String path) {
        return base + path;
    }

    /** The path of a link to this site, without its fragment; empty for another site's link or one with a query. */
    Optional<String> sitePath(String link) {
        String value = link.strip();
        if (value.startsWith(base + "/")) {
            value = value.substring(base.length());
        }
        if (!value.startsWith("/") || value.startsWith("//")) {
            return Optional.empty();
        }
        int hash = value.indexOf('#');
        if (hash >= 0) {
            value = value.substring(0, hash);
        }
        if (value.contains("?") || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
