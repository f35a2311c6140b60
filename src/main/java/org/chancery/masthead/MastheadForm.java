package org.chancery.masthead;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The masthead editor's fields as typed, before they are checked: the mission's name, its home
 * zone and the rows of clocks, contact lines and day counters, in order.
 */
public record MastheadForm(String missionName, String homeZone, List<ClockRow> clocks, List<ContactRow> contacts,
        List<CounterRow> counters, Map<String, String> missionNames) {

    public static final String CLOCKS = "clocks";
    public static final String CONTACTS = "contacts";
    public static final String COUNTERS = "counters";

    public MastheadForm {
        clocks = List.copyOf(clocks);
        contacts = List.copyOf(contacts);
        counters = List.copyOf(counters);
        missionNames = typed(missionNames);
    }

    /** @param labels the label in the site's other languages as typed, by language */
    public record ClockRow(String label, String zone, Map<String, String> labels) {
        public ClockRow {
            labels = typed(labels);
        }

        public ClockRow(String label, String zone) {
            this(label, zone, Map.of());
        }

        public static ClockRow blank() {
            return new ClockRow("", "");
        }

        boolean isBlank() {
            return MastheadForm.blank(label, zone) && MastheadForm.blank(labels);
        }

        public String label(String lang) {
            return labels.getOrDefault(lang, "");
        }
    }

    /** @param labels the label in the site's other languages as typed, by language */
    public record ContactRow(String label, String phone, String email, Map<String, String> labels) {
        public ContactRow {
            labels = typed(labels);
        }

        public ContactRow(String label, String phone, String email) {
            this(label, phone, email, Map.of());
        }

        public static ContactRow blank() {
            return new ContactRow("", "", "");
        }

        boolean isBlank() {
            return MastheadForm.blank(label, phone, email) && MastheadForm.blank(labels);
        }

        public String label(String lang) {
            return labels.getOrDefault(lang, "");
        }
    }

    /**
     * @param date     the event's date as typed, {@code 2018-03-04}
     * @param labels   the label in the site's other languages as typed, by language
     * @param comments the comment in the site's other languages as typed, by language
     */
    public record CounterRow(String date, String label, String comment, boolean active, Map<String, String> labels,
            Map<String, String> comments) {
        public CounterRow {
            labels = typed(labels);
            comments = typed(comments);
        }

        public CounterRow(String date, String label, String comment, boolean active) {
            this(date, label, comment, active, Map.of(), Map.of());
        }

        public static CounterRow blank() {
            return new CounterRow("", "", "", true);
        }

        boolean isBlank() {
            return MastheadForm.blank(date, label, comment) && MastheadForm.blank(labels)
                    && MastheadForm.blank(comments);
        }

        public String label(String lang) {
            return labels.getOrDefault(lang, "");
        }

        public String comment(String lang) {
            return comments.getOrDefault(lang, "");
        }
    }

    public String missionName(String lang) {
        return missionNames.getOrDefault(lang, "");
    }

    /** Translations as typed: missing fields are left out, so a language without any has no entry. */
    private static Map<String, String> typed(Map<String, String> byLanguage) {
        Map<String, String> kept = new TreeMap<>();
        if (byLanguage != null) {
            byLanguage.forEach((lang, value) -> {
                if (value != null) {
                    kept.put(lang, value);
                }
            });
        }
        return Collections.unmodifiableMap(kept);
    }

    private static boolean blank(Map<String, String> byLanguage) {
        return byLanguage.values().stream().allMatch(String::isBlank);
    }

    /** The settings as the form shows them to be edited. */
    public static MastheadForm of(SiteSettings s) {
        return new MastheadForm(s.missionName(), s.homeZone().getId(),
                s.clocks().stream().map(c -> new ClockRow(c.label(), c.zone().getId(), c.labels())).toList(),
                s.contacts().stream().map(c -> new ContactRow(c.label(), c.phone(), c.email(), c.labels())).toList(),
                s.counters().stream().map(c -> new CounterRow(c.eventDate().toString(), c.label(), c.comment(),
                        c.active(), c.labels(), c.comments())).toList(),
                s.missionNames());
    }

    private static boolean blank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
