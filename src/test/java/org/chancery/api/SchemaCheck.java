package org.chancery.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks JSON against the OpenAPI 3.0 schemas the read API documents: $ref, oneOf, nullable,
 * type, enum, required, properties, additionalProperties: false, items, min/max items and
 * values, and the formats date-time, date and uri. Enough for our description; not a
 * general validator.
 */
final class SchemaCheck {
    private final JsonNode spec;
    private final List<String> errors = new ArrayList<>();

    private SchemaCheck(JsonNode spec) {
        this.spec = spec;
    }

    /** The ways {@code value} breaks {@code schema}; empty when it conforms. */
    static List<String> errors(JsonNode spec, JsonNode schema, JsonNode value) {
        SchemaCheck check = new SchemaCheck(spec);
        check.check(schema, value, "$");
        return check.errors;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = spec.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at) {
        JsonNode schema = resolve(schemaOrRef);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && schema.has("type")) {
                errors.add(at + ": null, but not nullable");
            }
            return;
        }
        if (schema.has("oneOf")) {
            long matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                matching += errors(spec, option, value).isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                errors.add(at + ": matches " + matching + " of the oneOf schemas, not exactly one");
            }
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(schema, value, at);
            case "array" -> array(schema, value, at);
            case "string" -> string(schema, value, at);
            case "integer" -> number(schema, value, at, value.isIntegralNumber());
            case "number" -> number(schema, value, at, value.isNumber());
            case "boolean" -> expect(value.isBoolean(), at, "a boolean", value);
            default -> { }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at) {
        if (!expect(value.isObject(), at, "an object", value)) {
            return;
        }
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                errors.add(at + ": '" + name.asText() + "' is required but missing");
            }
        });
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                check(properties.get(name), value.get(name), at + "." + name);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                errors.add(at + ": '" + name + "' is not documented");
            }
        }
    }

    private void array(JsonNode schema, JsonNode value, String at) {
        if (!expect(value.isArray(), at, "an array", value)) {
            return;
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()
                || schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            errors.add(at + ": " + value.size() + " items, outside the documented bounds");
        }
        for (int i = 0; i < value.size(); i++) {
            check(schema.path("items"), value.get(i), at + "[" + i + "]");
        }
    }

    private void string(JsonNode schema, JsonNode value, String at) {
        if (!expect(value.isTextual(), at, "a string", value)) {
            return;
        }
        String text = value.asText();
        try {
            switch (schema.path("format").asText("")) {
                case "date-time" -> Instant.parse(text);
                case "date" -> LocalDate.parse(text);
                case "uri" -> expect(URI.create(text).isAbsolute(), at, "an absolute URI", value);
                default -> { }
            }
        } catch (RuntimeException e) {
            errors.add(at + ": '" + text + "' is not a " + schema.path("format").asText());
        }
    }

    private void number(JsonNode schema, JsonNode value, String at, boolean ofType) {
        if (expect(ofType, at, schema.path("type").asText(), value)
                && (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()
                || schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble())) {
            errors.add(at + ": " + value + " is outside the documented bounds");
        }
    }

    private boolean expect(boolean ok, String at, String what, JsonNode value) {
        if (!ok) {
            errors.add(at + ": expected " + what + ", got " + value);
        }
        return ok;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
