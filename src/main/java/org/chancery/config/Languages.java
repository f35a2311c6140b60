package org.chancery.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a site's list of languages: two-letter ISO 639-1 codes, none twice, each with its
 * interface text, {@code i18n/messages_<lang>.properties}, on the class path. A language is
 * also a path prefix ({@code /fr/...}), so nothing longer or odder is taken.
 */
public final class Languages {
    /** The interface text of each language: {@code i18n/messages_<lang>.properties}. */
    public static final String BUNDLE = "i18n.messages";

    private Languages() {
    }

    /** The list itself, unchangeable, when every language can be served; otherwise what is wrong. */
    public static List<String> check(List<String> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        Set<String> seen = new HashSet<>();
        for (String lang : languages) {
            if (!lang.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("'" + lang + "' is not a two-letter language code such as en or fr");
            }
            if (!seen.add(lang)) {
                throw new IllegalArgumentException("'" + lang + "' is listed twice");
            }
            String bundle = BUNDLE.replace('.', '/') + "_" + lang + ".properties";
            if (Languages.class.getClassLoader().getResource(bundle) == null) {
                throw new IllegalArgumentException("'" + lang + "' has no interface text: " + bundle
                        + " is not on the class path");
            }
        }
        return List.copyOf(languages);
    }
}
