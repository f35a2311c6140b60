package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The schema check of the OpenAPI test finds what does not match, so a passing walk means something. */
class SchemaCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private final JsonNode spec;

    SchemaCheckTest() throws Exception {
        spec = json("{'components': {'schemas': {'Item': {'type': 'object', 'additionalProperties': false,"
                + " 'required': ['id', 'at'], 'properties': {'id': {'type': 'integer', 'minimum': 1},"
                + " 'at': {'type': 'string', 'format': 'date-time'}, 'note': {'type': 'string', 'nullable': true},"
                + " 'kind': {'type': 'string', 'enum': ['a', 'b']}}}}}}");
    }

    private java.util.List<String> errors(String value) throws Exception {
        return SchemaCheck.errors(spec, json("{'$ref': '#/components/schemas/Item'}"), json(value));
    }

    @Test
    void a_conforming_value_has_no_errors() throws Exception {
        assertThat(errors("{'id': 1, 'at': '2020-05-26T09:57:00Z', 'note': null, 'kind': 'a'}")).isEmpty();
    }

    @Test
    void each_kind_of_mismatch_is_reported() throws Exception {
        assertThat(errors("{'at': '2020-05-26T09:57:00Z'}")).singleElement().asString().contains("'id' is required");
        assertThat(errors("{'id': 1, 'at': 'yesterday'}")).singleElement().asString().contains("not a date-time");
        assertThat(errors("{'id': 0, 'at': '2020-05-26T09:57:00Z'}")).singleElement().asString().contains("bounds");
        assertThat(errors("{'id': 'x', 'at': '2020-05-26T09:57:00Z'}")).singleElement().asString().contains("integer");
        assertThat(errors("{'id': 1, 'at': '2020-05-26T09:57:00Z', 'extra': 1}")).singleElement().asString()
                .contains("not documented");
        assertThat(errors("{'id': 1, 'at': '2020-05-26T09:57:00Z', 'kind': 'c'}")).singleElement().asString()
                .contains("not one of");
        assertThat(errors("{'id': null, 'at': '2020-05-26T09:57:00Z'}")).singleElement().asString().contains("null");
    }
}
