package org.chancery.masthead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.chancery.validation.FieldCheck;

/**
 * Checks the masthead editor's fields, all at once, and turns them into settings. Rows with
 * nothing typed in them are left out; problems name the row as typed ({@code clocks[1].zone}).
 */
final class MastheadCheck {
    static final int MAX_NAME = 200;
    static final int MAX_CLOCK_LABEL = 100;
    static final int MAX_CONTACT_LABEL = 200;
    static final int MAX_PHONE = 100;
    static final int MAX_EMAIL = 200;
    static final int MAX_TEXT = 1_000;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final FieldCheck check = new FieldCheck();

    private MastheadCheck() {
    }

    /** The settings the form gives, counting days up to {@code today} in the home zone. */
    static SiteSettings settings(MastheadForm form, LocalDate today) {
        MastheadCheck c = new MastheadCheck();
        String name = c.check.required("missionName", form.missionName(), MAX_NAME);
        Optional<ZoneId> home = c.zone("homeZone", form.homeZone());
        List<ClockSetting> clocks = new ArrayList<>();
        List<ContactLine> contacts = new ArrayList<>();
        List<DayCounter> counters = new ArrayList<>();
        for (int i = 0; i < form.clocks().size(); i++) {
            c.clock(row(MastheadForm.CLOCKS, i), form.clocks().get(i)).ifPresent(clocks::add);
        }
        for (int i = 0; i < form.contacts().size(); i++) {
            c.contact(row(MastheadForm.CONTACTS, i), form.contacts().get(i)).ifPresent(contacts::add);
        }
        for (int i = 0; i < form.counters().size(); i++) {
            c.counter(row(MastheadForm.COUNTERS, i), form.counters().get(i), today).ifPresent(counters::add);
        }
        Map<String, String> names = c.translations("missionName", form.missionNames(), MAX_NAME);
        c.check.orThrow();
        return new SiteSettings(name, home.orElseThrow(), clocks, contacts, counters, names);
    }

    private static String row(String group, int index) {
        return group + "[" + index + "].";
    }

    private Optional<ClockSetting> clock(String field, MastheadForm.ClockRow row) {
        if (row.isBlank()) {
            return Optional.empty();
        }
        String label = check.required(field + "label", row.label(), MAX_CLOCK_LABEL);
        Map<String, String> labels = translations(field + "label", row.labels(), MAX_CLOCK_LABEL);
        return zone(field + "zone", row.zone()).map(zone -> new ClockSetting(label, zone, labels));
    }

    private Optional<ContactLine> contact(String field, MastheadForm.ContactRow row) {
        if (row.isBlank()) {
            return Optional.empty();
        }
        String label = check.required(field + "label", row.label(), MAX_CONTACT_LABEL);
        String phone = check.optional(field + "phone", row.phone(), MAX_PHONE);
        String email = check.optional(field + "email", row.email(), MAX_EMAIL);
        if (phone.isEmpty() && email.isEmpty()) {
            check.invalid(field + "phone", "masthead.error.noContact");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            check.invalid(field + "phone", "masthead.error.phone");
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            check.invalid(field + "email", "masthead.error.email", email);
        }
        Map<String, String> labels = translations(field + "label", row.labels(), MAX_CONTACT_LABEL);
        return Optional.of(new ContactLine(label, phone, email, labels));
    }

    private Optional<DayCounter> counter(String field, MastheadForm.CounterRow row, LocalDate today) {
        if (row.isBlank()) {
            return Optional.empty();
        }
        String label = check.required(field + "label", row.label(), MAX_TEXT);
        String comment = check.optional(field + "comment", row.comment(), MAX_TEXT);
        Map<String, String> labels = translations(field + "label", row.labels(), MAX_TEXT);
        Map<String, String> comments = translations(field + "comment", row.comments(), MAX_TEXT);
        Optional<LocalDate> date = date(field + "date", row.date(), today);
        return date.map(d -> new DayCounter(d, label, comment, row.active(), labels, comments));
    }

    /** Translations are optional: one left empty shows the default language's words. */
    private Map<String, String> translations(String field, Map<String, String> typed, int max) {
        Map<String, String> checked = new TreeMap<>();
        typed.forEach((lang, value) -> checked.put(lang, check.optional(MastheadFormPage.translated(field, lang),
                value, max)));
        return checked;
    }

    private Optional<ZoneId> zone(String field, String typed) {
        String id = check.required(field, typed, MAX_CLOCK_LABEL);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!ZONES.contains(id)) {
            check.invalid(field, "masthead.error.zone", id);
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(id));
    }

    private Optional<LocalDate> date(String field, String typed, LocalDate today) {
        String text = check.required(field, typed, MAX_CLOCK_LABEL);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                check.invalid(field, "masthead.error.futureDate", today.toString());
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            check.invalid(field, "masthead.error.date", text);
            return Optional.empty();
        }
    }
}
