package org.chancery.masthead;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the masthead shows at one instant: the home date, the clocks, contacts and counters. */
public record Masthead(
        LocalDate today,
        List<ClockReading> clocks,
        List<ContactLine> contacts,
        List<CounterReading> counters) {

    /** A clock's reading; {@code zone} lets the page's script keep it ticking. */
    public record ClockReading(String label, String zone, LocalTime time) {
    }

    public record CounterReading(long days, String label, String comment) {
    }

    public static Masthead at(Instant now, SiteSettings settings) {
        LocalDate today = now.atZone(settings.homeZone()).toLocalDate();
        List<ClockReading> clocks = settings.clocks().stream()
                .map(c -> new ClockReading(c.label(), c.zone().getId(),
                        now.atZone(c.zone()).toLocalTime().truncatedTo(ChronoUnit.MINUTES)))
                .toList();
        List<CounterReading> counters = settings.counters().stream()
                .filter(DayCounter::active)
                .map(c -> new CounterReading(c.daysUntil(today), c.label(), c.comment()))
                .toList();
        return new Masthead(today, clocks, settings.contacts(), counters);
    }
}
