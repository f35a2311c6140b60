package org.chancery.masthead;

import java.time.ZoneId;
import java.util.Map;

/**
 * A city clock in the masthead: a label and the IANA zone whose rules give its time.
 *
 * @param labels the label in the site's other languages ("Москва"), by language
 */
public record ClockSetting(String label, ZoneId zone, Map<String, String> labels) {
    public ClockSetting {
        labels = Translations.copy(labels);
    }

    public ClockSetting(String label, ZoneId zone) {
        this(label, zone, Map.of());
    }

    /** The label in {@code lang}, or the default language's where it has none. */
    public String label(String lang) {
        return Translations.in(labels, lang, label);
    }
}
