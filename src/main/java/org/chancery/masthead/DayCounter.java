package org.chancery.masthead;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * "N days have passed since {label} - {comment}", counted from {@code eventDate}.
 *
 * @param labels   the label in the site's other languages, by language
 * @param comments the comment in the site's other languages, by language
 */
public record DayCounter(LocalDate eventDate, String label, String comment, boolean active,
        Map<String, String> labels, Map<String, String> comments) {

    public DayCounter {
        labels = Translations.copy(labels);
        comments = Translations.copy(comments);
    }

    public DayCounter(LocalDate eventDate, String label, String comment, boolean active) {
        this(eventDate, label, comment, active, Map.of(), Map.of());
    }

    /** Calendar days from the event to {@code today}; both are dates in the home zone. */
    public long daysUntil(LocalDate today) {
        return ChronoUnit.DAYS.between(eventDate, today);
    }

    public String label(String lang) {
        return Translations.in(labels, lang, label);
    }

    public String comment(String lang) {
        return Translations.in(comments, lang, comment);
    }
}
