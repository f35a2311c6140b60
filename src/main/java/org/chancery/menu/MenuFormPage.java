package org.chancery.menu;

import java.util.List;
import java.util.Map;

/**
 * The menu editor of one language: its rows as stored or as typed, with the message of each field
 * that is not valid.
 *
 * @param unsaved whether rows were added, removed or moved since the menu was last saved
 * @param saved   whether the menu has just been saved
 */
public record MenuFormPage(String lang, List<String> languages, List<MenuItem> rows, Map<String, String> errors,
        boolean unsaved, boolean saved) {

    public String error(String field) {
        return errors.get(field);
    }
}
