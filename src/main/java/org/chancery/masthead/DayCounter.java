package org.chancery.masthead;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** "N days have passed since {label} - {comment}", counted from {@code eventDate}. */
public record DayCounter(LocalDate eventDate, String label, String comment, boolean active) {

    /** Calendar days from the event to {@code today}; both are dates in the home zone. */
    public long daysUntil(LocalDate today) {
        return ChronoUnit.DAYS.between(eventDate, today);
    }
}
