package org.chancery.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the problems of one form, so that all of them are reported at once; a field keeps
 * its first problem. Values are stripped of surrounding white space; one holding a control
 * character ({@link ControlCharacters}) is refused.
 */
public final class FieldCheck {
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

    /** A problem of the kind {@code invalid}, in the words of {@code messageKey}. */
    public FieldCheck invalid(String field, String messageKey, Object... args) {
        return problem(FieldProblem.of(field, "invalid", messageKey, args));
    }

    public FieldCheck problem(FieldProblem problem) {
        problems.putIfAbsent(problem.field(), problem);
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    /** The stripped value; a problem when it is blank or longer than {@code max} characters. */
    public String required(String field, String value, int max) {
        String stripped = optional(field, value, max);
        if (stripped.isEmpty()) {
            problem(FieldProblem.of(field, "required", "form.error.required"));
        }
        return stripped;
    }

    /**
     * The stripped value, empty when none was given; a problem when it is longer than {@code max} or holds a
     * control character.
     */
    public String optional(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        ControlCharacters.problem(field, value).ifPresent(this::problem);
        if (stripped.codePointCount(0, stripped.length()) > max) {
            problem(FieldProblem.of(field, "too-long", "form.error.tooLong", max));
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
