package org.chancery.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one form, so that all of them are reported at once; a field keeps
 * its first problem. Values are stripped of surrounding white space.
 */
public final class FieldCheck {
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    public FieldCheck invalid(String field, String messageKey, Object... args) {
        problems.putIfAbsent(field, new FieldProblem(field, messageKey, List.of(args)));
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    /** The stripped value; a problem when it is blank or longer than {@code max} characters. */
    public String required(String field, String value, int max) {
        String stripped = optional(field, value, max);
        if (stripped.isEmpty()) {
            invalid(field, "form.error.required");
        }
        return stripped;
    }

    /** The stripped value, empty when none was given; a problem when it is longer than {@code max}. */
    public String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            invalid(field, "form.error.tooLong", max);
        }
        return stripped;
    }

    /** Throws {@link InvalidInput} with every problem found, if there is any. */
    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(problems.values()));
        }
    }
}
