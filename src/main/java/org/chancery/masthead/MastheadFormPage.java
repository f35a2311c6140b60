package org.chancery.masthead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The masthead editor: the fields as stored or as typed, with the message of each field that is
 * not valid.
 *
 * @param today   today in the home zone, which counters count up to
 * @param unsaved whether rows were added, removed or moved since the settings were last saved
 * @param saved   whether the settings have just been saved
 * @param translations the site's languages besides the default one, whose words have fields of their own
 */
public record MastheadFormPage(MastheadForm form, LocalDate today, Map<String, String> errors, boolean unsaved,
        boolean saved, List<String> translations) {

    /** Every IANA zone id, for the zone fields' suggestions. */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    public String error(String field) {
        return errors.get(field);
    }

    /** A field's translation into {@code lang}: {@code missionName.ru}, {@code clocks[1].label.ru}. */
    public static String translated(String field, String lang) {
        return field + "." + lang;
    }

    /** A row's field name, such as {@code clocks[1].zone}. */
    public static String field(String group, int index, String name) {
        return group + "[" + index + "]." + name;
    }
}
