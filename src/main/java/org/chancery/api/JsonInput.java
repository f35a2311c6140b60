package org.chancery.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.chancery.editorial.ContentInput;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;

/**
 * Reads the fields of a request's JSON object, collecting every field of the wrong type or
 * unknown name, so one 422 answer lists them all (the first {@value #MAX_UNKNOWN} unknown names: a
 * client that sends more has the wrong idea, and an answer naming each would be larger than its
 * request). An absent field reads as null; a JSON null clears a text field (it reads as "").
 */
final class JsonInput {
    static final Set<String> CONTENT_FIELDS = Set.of("type", "language", "title", "lead", "body", "place",
            "eventDate", "featured", "speakers", "tags", "seriesKey", "seriesPart");

    static final int MAX_UNKNOWN = 10;

    private final JsonNode node;
    private final List<FieldProblem> errors = new ArrayList<>();

    private JsonInput(JsonNode node) {
        this.node = node;
    }

    /** The object's fields; only {@code allowed} names may occur. */
    static JsonInput of(JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw ApiException.malformed("the body must be a JSON object");
        }
        JsonInput input = new JsonInput(node);
        int unknown = 0;
        for (Iterator<String> names = node.fieldNames(); names.hasNext() && unknown < MAX_UNKNOWN; ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown++;
                input.errors.add(FieldProblem.of(name, "unknown", "editor.error.unknown", name));
            }
        }
        return input;
    }

    ContentInput content() {
        return new ContentInput(text("type"), text("language"), text("title"), text("lead"), text("body"),
                text("place"), text("eventDate"), bool("featured"), strings("speakers"), strings("tags"),
                text("seriesKey"), wholeText("seriesPart"));
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            return wrong(field, "a string");
        }
        return v.textValue();
    }

    Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isBoolean() ? v.booleanValue() : wrong(field, "true or false");
    }

    Long whole(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.canConvertToLong() && v.isIntegralNumber() ? v.longValue() : wrong(field, "a whole number");
    }

    /** A whole number as text, for the validator to judge like a form's; a JSON null reads as "". */
    private String wholeText(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            return "";
        }
        return v.isIntegralNumber() ? v.asText() : wrong(field, "a whole number");
    }

    List<String> strings(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return wrong(field, "an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                return wrong(field, "an array of strings");
            }
            items.add(item.textValue());
        }
        return items;
    }

    /** An ISO-8601 instant with an offset, such as {@code 2020-05-26T09:57:00Z}. */
    Instant instant(String field) {
        String text = text(field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return wrong(field, "an ISO-8601 time with an offset, such as 2020-05-26T09:57:00Z");
        }
    }

    /** A point in an image, {@code [x, y]} with each from 0 to 1; null when absent or not one. */
    double[] point(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || value.size() != 2 || !value.get(0).isNumber() || !value.get(1).isNumber()
                || !org.chancery.media.Focus.within(value.get(0).asDouble())
                || !org.chancery.media.Focus.within(value.get(1).asDouble())) {
            return wrong(field, "[x, y], each from 0 to 1");
        }
        return new double[] {value.get(0).asDouble(), value.get(1).asDouble()};
    }

    void required(String field, Object value) {
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(FieldProblem.of(field, "required", "editor.error.required", field));
        }
    }

    /** Throws the collected errors, if there are any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private <T> T wrong(String field, String expected) {
        errors.add(FieldProblem.of(field, "invalid", "editor.error.invalid", field, expected));
        return null;
    }
}
