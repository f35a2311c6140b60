package org.chancery.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.editorial.FieldError;
import org.chancery.editorial.Limits;
import org.chancery.web.Localizer;

/**
 * Why fields were refused, in words, by the name of the form field they belong beside: the
 * editorial service's {@code speakers[2]} belongs beside {@code speakers}, as "Entry 3: ...".
 */
public record FieldMessages(Map<String, List<String>> byField) {
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    public FieldMessages {
        byField = Map.copyOf(byField);
    }

    public static FieldMessages none() {
        return new FieldMessages(Map.of());
    }

    public static FieldMessages of(Localizer t, List<FieldError> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            Matcher entry = ENTRY.matcher(error.field());
            String field = entry.matches() ? entry.group(1) : error.field();
            String message = message(t, field, error.code());
            if (entry.matches()) {
                message = t.text("editor.error.entry", Integer.parseInt(entry.group(2)) + 1, message);
            }
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
        return new FieldMessages(byField);
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

    /** A field's own sentence for the problem if it has one, else the sentence for the kind of problem. */
    private static String message(Localizer t, String field, String code) {
        String own = "editor.error." + field + "." + code;
        if (t.has(own)) {
            return t.text(own);
        }
        return switch (code) {
            case "required" -> t.text("editor.error.required");
            case "too-long" -> t.text("editor.error.too-long", maxLength(field));
            case "too-many" -> t.text("editor.error.too-many", Limits.ITEMS);
            case "unknown" -> t.text("editor.error.unknown");
            default -> t.text("editor.error.invalid");
        };
    }

    private static int maxLength(String field) {
        return switch (field) {
            case "title" -> Limits.TITLE;
            case "lead" -> Limits.LEAD;
            case "place" -> Limits.PLACE;
            case "speakers", "tags" -> Limits.ITEM;
            case "seriesKey" -> Limits.SERIES_KEY;
            case "replacement" -> Limits.REPLACEMENT;
            default -> Limits.NOTE;
        };
    }

    /** The fields with a sentence of their own, for the check that the bundles hold every key. */
    static List<String> ownKeys() {
        return List.of("editor.error.eventDate.invalid", "editor.error.seriesPart.invalid",
                "editor.error.seriesPart.required", "editor.error.speakers.invalid", "editor.error.tags.invalid",
                "editor.error.changeNote.required", "editor.error.reason.required", "editor.error.at.required",
                "editor.error.at.invalid", "editor.error.replacement.invalid", "editor.error.title.required",
                "editor.error.type.unknown", "editor.error.language.unknown");
    }
}
