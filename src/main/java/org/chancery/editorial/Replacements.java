package org.chancery.editorial;

import org.chancery.validation.WebAddress;

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
        if (u.length() > Limits.REPLACEMENT || !WebAddress.isLocalOrHttp(u)) {
            throw InvalidInputException.of("replacement", "invalid", "a replacement must be a path on this site"
                    + " starting with / or an http(s) address, at most " + Limits.REPLACEMENT + " characters");
        }
        return u;
    }
}
