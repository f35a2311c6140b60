package org.chancery.editorial;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an unpublished item's address may send readers: a path on this site ({@code /en/news/7-x})
 * or an absolute http(s) address. Anything else (another scheme, a protocol-relative {@code //host})
 * could send readers somewhere unintended, so it is refused.
 */
final class Replacements {
    private Replacements() {
    }

    /** The replacement, stripped, or null when none is given. */
    static String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (u.length() > Limits.REPLACEMENT || !valid(u)) {
            throw InvalidInputException.of("replacement", "invalid", "a replacement must be a path on this site"
                    + " starting with / or an http(s) address, at most " + Limits.REPLACEMENT + " characters");
        }
        return u;
    }

    private static boolean valid(String url) {
        try {
            URI uri = new URI(url);
            if (url.startsWith("/")) {
                return !url.startsWith("//") && uri.getScheme() == null;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
