package org.chancery.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Addresses an editor may link readers to: a path on this site ({@code /en/visas}) or an
 * absolute http(s) address. Anything else (another scheme such as {@code javascript:}, a
 * protocol-relative {@code //host}, a backslash or control character) is refused.
 */
public final class WebAddress {
    public static final int MAX_LENGTH = 2_000;

    private WebAddress() {
    }

    public static boolean isLocalOrHttp(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH
                || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\') || !ControlCharacters.isClean(url)) {
            return false;
        }
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
