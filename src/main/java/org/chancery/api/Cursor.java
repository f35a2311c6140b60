package org.chancery.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of the publication list ended: the last item's publication time and id, the
 * key the list is ordered by (newest first). Clients pass it back as an opaque string.
 */
record Cursor(long publishedAtMillis, long id) {
    private static final Pattern FORM = Pattern.compile("(-?[0-9]{1,19}):([0-9]{1,19})");

    String encode() {
        String text = publishedAtMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Cursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            Matcher m = FORM.matcher(decoded);
            if (m.matches()) {
                return new Cursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.invalidParameter("cursor", "'cursor' is not one this API gave out; take it from a 'next' link");
    }
}
