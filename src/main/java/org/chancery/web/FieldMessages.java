package org.chancery.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.validation.FieldProblem;

/**
 * The problems of a refused form in words, by the name of the form field they belong beside.
 * An entry of a list field belongs beside the list: {@code speakers[2]}'s message goes beside
 * {@code speakers}, as "Entry 3: ..."; rows of fields ({@code clocks[1].zone}) keep their names.
 */
public record FieldMessages(Map<String, List<String>> byField) {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    public FieldMessages {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byField.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        byField = Collections.unmodifiableMap(copy);
    }

    public static FieldMessages none() {
        return new FieldMessages(Map.of());
    }

    public static FieldMessages of(Localizer t, List<FieldProblem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            Matcher entry = ENTRY.matcher(problem.field());
            String field = entry.matches() ? entry.group(1) : problem.field();
            String message = t.text(problem.messageKey(), problem.args().toArray());
            if (entry.matches()) {
                message = t.text("editor.error.entry", Integer.parseInt(entry.group(2)) + 1, message);
            }
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
        return new FieldMessages(byField);
    }

    /** The message of a refusal that names no field of its own, such as an account form's. */
    public static String text(Localizer t, FieldProblem problem) {
        return t.text(problem.messageKey(), problem.args().toArray());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Every message, in the order of the fields, for the summary above a form. */
    public List<String> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    /** Each field's first message, for forms that show one beside each field. */
    public Map<String, String> first() {
        Map<String, String> first = new LinkedHashMap<>();
        byField.forEach((field, messages) -> first.put(field, messages.get(0)));
        return first;
    }
}
