package org.chancery.masthead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads and replaces the site settings; a replacement is one transaction. */
public final class SettingsRepository {
    private static final String TRANSLATION = "i18n.";
    private final Jdbi jdbi;

    public SettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SiteSettings load() {
        return jdbi.withHandle(h -> {
            Map<String, String> named = h.createQuery("SELECT name, value FROM site_settings")
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("value")))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            SiteSettings defaults = SiteSettings.empty();
            var translated = new Translated(named);
            return new SiteSettings(
                    named.getOrDefault("mission.name", defaults.missionName()),
                    ZoneId.of(named.getOrDefault("home.zone", defaults.homeZone().getId())),
                    translated.clocks(clocks(h)), translated.contacts(contacts(h)), translated.counters(counters(h)),
                    translated.of("mission.name"));
        });
    }

    private static List<ClockSetting> clocks(Handle h) {
        return h.createQuery("SELECT label, zone FROM clocks ORDER BY position, id")
                .map((rs, ctx) -> new ClockSetting(rs.getString("label"), ZoneId.of(rs.getString("zone"))))
                .list();
    }

    private static List<ContactLine> contacts(Handle h) {
        return h.createQuery("SELECT label, phone, email FROM contact_lines ORDER BY position, id")
                .map((rs, ctx) -> new ContactLine(rs.getString("label"), rs.getString("phone"), rs.getString("email")))
                .list();
    }

    private static List<DayCounter> counters(Handle h) {
        return h.createQuery("SELECT event_date, label, comment, active FROM day_counters ORDER BY position, id")
                .map((rs, ctx) -> new DayCounter(LocalDate.parse(rs.getString("event_date")),
                        rs.getString("label"), rs.getString("comment"), rs.getBoolean("active")))
                .list();
    }

    public void replace(SiteSettings s) {
        replace(s, h -> {
        });
    }

    /** Replaces the settings and, in the same transaction, does {@code alongside} (such as an audit entry). */
    public void replace(SiteSettings s, Consumer<Handle> alongside) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM site_settings");
            h.execute("DELETE FROM clocks");
            h.execute("DELETE FROM contact_lines");
            h.execute("DELETE FROM day_counters");
            insertSetting(h, "mission.name", s.missionName());
            insertSetting(h, "home.zone", s.homeZone().getId());
            insertTranslations(h, "mission.name", s.missionNames());
            for (int i = 0; i < s.clocks().size(); i++) {
                ClockSetting c = s.clocks().get(i);
                h.createUpdate("INSERT INTO clocks (position, label, zone) VALUES (?, ?, ?)")
                        .bind(0, i).bind(1, c.label()).bind(2, c.zone().getId()).execute();
                insertTranslations(h, "clock." + (i + 1) + ".label", c.labels());
            }
            for (int i = 0; i < s.contacts().size(); i++) {
                ContactLine c = s.contacts().get(i);
                h.createUpdate("INSERT INTO contact_lines (position, label, phone, email) VALUES (?, ?, ?, ?)")
                        .bind(0, i).bind(1, c.label()).bind(2, c.phone()).bind(3, c.email()).execute();
                insertTranslations(h, "contact." + (i + 1) + ".label", c.labels());
            }
            for (int i = 0; i < s.counters().size(); i++) {
                DayCounter c = s.counters().get(i);
                h.createUpdate("INSERT INTO day_counters (position, event_date, label, comment, active)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .bind(0, i).bind(1, c.eventDate().toString()).bind(2, c.label())
                        .bind(3, c.comment()).bind(4, c.active()).execute();
                insertTranslations(h, "counter." + (i + 1) + ".label", c.labels());
                insertTranslations(h, "counter." + (i + 1) + ".comment", c.comments());
            }
            alongside.accept(h);
        });
    }

    /** A setting's translations, each a row named {@code i18n.<lang>.<setting>}, such as i18n.ru.clock.1.label. */
    private static void insertTranslations(Handle h, String setting, Map<String, String> byLanguage) {
        byLanguage.forEach((lang, value) -> insertSetting(h, TRANSLATION + lang + "." + setting, value));
    }

    /** The translations among the named settings, put beside the rows they belong to (numbered from 1). */
    private record Translated(Map<String, String> named) {
        Map<String, String> of(String setting) {
            Map<String, String> byLanguage = new TreeMap<>();
            named.forEach((name, value) -> {
                if (name.startsWith(TRANSLATION) && name.endsWith("." + setting)) {
                    String lang = name.substring(TRANSLATION.length(), name.length() - setting.length() - 1);
                    if (!lang.contains(".")) {
                        byLanguage.put(lang, value);
                    }
                }
            });
            return byLanguage;
        }

        List<ClockSetting> clocks(List<ClockSetting> rows) {
            return IntStream.range(0, rows.size()).mapToObj(i -> new ClockSetting(rows.get(i).label(),
                    rows.get(i).zone(), of("clock." + (i + 1) + ".label"))).toList();
        }

        List<ContactLine> contacts(List<ContactLine> rows) {
            return IntStream.range(0, rows.size()).mapToObj(i -> {
                ContactLine c = rows.get(i);
                return new ContactLine(c.label(), c.phone(), c.email(), of("contact." + (i + 1) + ".label"));
            }).toList();
        }

        List<DayCounter> counters(List<DayCounter> rows) {
            return IntStream.range(0, rows.size()).mapToObj(i -> {
                DayCounter c = rows.get(i);
                return new DayCounter(c.eventDate(), c.label(), c.comment(), c.active(),
                        of("counter." + (i + 1) + ".label"), of("counter." + (i + 1) + ".comment"));
            }).toList();
        }
    }

    private static void insertSetting(Handle h, String name, String value) {
        h.createUpdate("INSERT INTO site_settings (name, value) VALUES (?, ?)").bind(0, name).bind(1, value).execute();
    }
}
