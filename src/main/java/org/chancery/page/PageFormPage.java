package org.chancery.page;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The form of a new page or of an existing one, with what was typed and, after a refused save,
 * the message of each field that is not valid.
 *
 * @param id        the page's id, or null for a new page (or one deleted while it was edited)
 * @param version   the version the form edits; after a conflict, the current one
 * @param errors    messages by field name; empty when nothing was refused
 * @param saved     whether the page has just been saved
 * @param conflict  set when someone else changed or deleted the page while this form was open
 * @param translations the same page in other languages, and the languages it is not yet in
 */
public record PageFormPage(Long id, long version, PageInput input, List<String> languages,
        Map<String, String> errors, boolean saved, Conflict conflict, Translations translations) {

    /**
     * The page's group seen from the form.
     *
     * @param pages   the group's other pages: for a new translation, the page it translates and its translations
     * @param missing the site's languages the group has no page in, each offered a Translate link
     */
    public record Translations(List<StaticPage> pages, List<String> missing) {
        public static final Translations NONE = new Translations(List.of(), List.of());

        public Translations {
            pages = List.copyOf(pages);
            missing = List.copyOf(missing);
        }
    }

    /**
     * The page as someone else left it: {@code current} is null when they deleted it.
     *
     * @param savedAt when they saved it, in the mission's home zone
     */
    public record Conflict(StaticPage current, ZonedDateTime savedAt) {
        public boolean deleted() {
            return current == null;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return id == null ? PagesAdminHandler.BASE : PagesAdminHandler.BASE + "/" + id;
    }

    /** The form of a new page translating this one into {@code lang}. */
    public String translateHref(String lang) {
        return PagesAdminHandler.translateHref(id, lang);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
