package org.chancery.masthead;

import java.time.ZoneId;
import java.util.List;

/**
 * The mission-wide settings: its name, its home time zone (the capital's, which decides
 * "today" everywhere on the site) and what the masthead shows.
 */
public record SiteSettings(
        String missionName,
        ZoneId homeZone,
        List<ClockSetting> clocks,
        List<ContactLine> contacts,
        List<DayCounter> counters) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    public SiteSettings {
        clocks = List.copyOf(clocks);
        contacts = List.copyOf(contacts);
        counters = List.copyOf(counters);
    }

    public static SiteSettings empty() {
        return new SiteSettings("Chancery", DEFAULT_ZONE, List.of(), List.of(), List.of());
    }
}
