package org.chancery.masthead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the masthead shows at one instant: the home date, the clocks, contacts and counters;
 * with the home zone and the counters' event dates, so a page's script can keep them true.
 */
public record Masthead(
        LocalDate today,
        List<ClockReading> clocks,
        List<ContactLine> contacts,
        List<CounterReading> counters,
        String homeZone) {

    /** A clock's reading; {@code zone} lets the page's script keep it ticking. */
    public record ClockReading(String label, String zone, LocalTime time) {
    }

    /** A counter's reading; {@code eventDate} lets the page's script count on from the reader's today. */
    public record CounterReading(long days, String label, String comment, LocalDate eventDate) {
    }

    public static Masthead at(Instant now, SiteSettings settings) {
        return at(now, settings, null);
    }

    /** The masthead in {@code lang}: labels and comments translated where the settings have them. */
    public static Masthead at(Instant now, SiteSettings settings, String lang) {
        LocalDate today = now.atZone(settings.homeZone()).toLocalDate();
        List<ClockReading> clocks = settings.clocks().stream()
                .map(c -> new ClockReading(c.label(lang), c.zone().getId(),
                        now.atZone(c.zone()).toLocalTime().truncatedTo(ChronoUnit.MINUTES)))
                .toList();
        List<CounterReading> counters = settings.counters().stream()
                .filter(DayCounter::active)
                .map(c -> new CounterReading(c.daysUntil(today), c.label(lang), c.comment(lang), c.eventDate()))
                .toList();
        List<ContactLine> contacts = settings.contacts().stream()
                .map(c -> new ContactLine(c.label(lang), c.phone(), c.email()))
                .toList();
        return new Masthead(today, clocks, contacts, counters, settings.homeZone().getId());
    }
}
