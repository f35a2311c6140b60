package org.chancery.masthead;

import java.util.Map;
import java.util.TreeMap;

/**
 * A setting's words in the site's other languages, by language; the setting's own value is in the
 * default language and stands in for any language without a translation.
 */
final class Translations {
    private Translations() {
    }

    /** An unmodifiable copy without blank values, ordered by language. */
    static Map<String, String> copy(Map<String, String> byLanguage) {
        Map<String, String> kept = new TreeMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((lang, value) -> {
                if (value != null && !value.isBlank()) {
                    kept.put(lang, value.strip());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    static String in(Map<String, String> byLanguage, String lang, String fallback) {
        return lang == null ? fallback : byLanguage.getOrDefault(lang, fallback);
    }
}
