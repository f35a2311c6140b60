package org.chancery.editorial;

import org.chancery.validation.InvalidInput;
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
            throw InvalidInput.of("replacement", "invalid", "editor.error.replacement.invalid", Limits.REPLACEMENT);
        }
        return u;
    }
}
