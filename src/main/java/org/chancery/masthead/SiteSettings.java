package org.chancery.masthead;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The mission-wide settings: its name, its home time zone (the capital's, which decides
 * "today" everywhere on the site) and what the masthead shows. Words are in the default
 * language, each with its translations into the others.
 *
 * @param missionNames the mission's name in the site's other languages, by language
 */
public record SiteSettings(
        String missionName,
        ZoneId homeZone,
        List<ClockSetting> clocks,
        List<ContactLine> contacts,
        List<DayCounter> counters,
        Map<String, String> missionNames) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    public SiteSettings {
        clocks = List.copyOf(clocks);
        contacts = List.copyOf(contacts);
        counters = List.copyOf(counters);
        missionNames = Translations.copy(missionNames);
    }

    public SiteSettings(String missionName, ZoneId homeZone, List<ClockSetting> clocks, List<ContactLine> contacts,
            List<DayCounter> counters) {
        this(missionName, homeZone, clocks, contacts, counters, Map.of());
    }

    public static SiteSettings empty() {
        return new SiteSettings("Chancery", DEFAULT_ZONE, List.of(), List.of(), List.of());
    }

    /** The mission's name in {@code lang}, or the default language's where it has none. */
    public String missionName(String lang) {
        return Translations.in(missionNames, lang, missionName);
    }
}
