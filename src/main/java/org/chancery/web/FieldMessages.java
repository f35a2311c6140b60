package org.chancery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.validation.FieldProblem;

/** The problems of a refused form in words, by field name, for the form to show beside each field. */
public final class FieldMessages {
    private FieldMessages() {
    }

    public static Map<String, String> of(Localizer t, List<FieldProblem> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach(p -> messages.put(p.field(), t.text(p.messageKey(), p.args().toArray())));
        return messages;
    }
}
