package org.chancery.masthead;

import java.util.List;

/**
 * The masthead editor's fields as typed, before they are checked: the mission's name, its home
 * zone and the rows of clocks, contact lines and day counters, in order.
 */
public record MastheadForm(String missionName, String homeZone, List<ClockRow> clocks, List<ContactRow> contacts,
        List<CounterRow> counters) {

    public static final String CLOCKS = "clocks";
    public static final String CONTACTS = "contacts";
    public static final String COUNTERS = "counters";

    public MastheadForm {
        clocks = List.copyOf(clocks);
        contacts = List.copyOf(contacts);
        counters = List.copyOf(counters);
    }

    public record ClockRow(String label, String zone) {
        public static ClockRow blank() {
            return new ClockRow("", "");
        }

        boolean isBlank() {
            return MastheadForm.blank(label, zone);
        }
    }

    public record ContactRow(String label, String phone, String email) {
        public static ContactRow blank() {
            return new ContactRow("", "", "");
        }

        boolean isBlank() {
            return MastheadForm.blank(label, phone, email);
        }
    }

    /** @param date the event's date as typed, {@code 2018-03-04} */
    public record CounterRow(String date, String label, String comment, boolean active) {
        public static CounterRow blank() {
            return new CounterRow("", "", "", true);
        }

        boolean isBlank() {
            return MastheadForm.blank(date, label, comment);
        }
    }

    /** The settings as the form shows them to be edited. */
    public static MastheadForm of(SiteSettings s) {
        return new MastheadForm(s.missionName(), s.homeZone().getId(),
                s.clocks().stream().map(c -> new ClockRow(c.label(), c.zone().getId())).toList(),
                s.contacts().stream().map(c -> new ContactRow(c.label(), c.phone(), c.email())).toList(),
                s.counters().stream().map(c -> new CounterRow(c.eventDate().toString(), c.label(), c.comment(),
                        c.active())).toList());
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
