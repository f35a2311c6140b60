package org.chancery.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.chancery.web.BaseUrl;

/**
 * The OpenAPI 3 description of the read and write APIs, {@code api/openapi.json} on the
 * classpath, served with this site's address as its server and this site's languages as the
 * values a language may take. {@code OpenApiHttpTest} calls every path it documents and checks
 * the answers against it; {@code OpenApiLintTest} checks the document itself.
 */
final class OpenApi {
    static final String RESOURCE = "/api/openapi.json";

    private final ObjectNode description;

    OpenApi(ObjectMapper json, List<String> languages) {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            this.description = (ObjectNode) json.readTree(in);
            ArrayNode values = ((ObjectNode) description.at("/components/schemas/Language")).putArray("enum");
            languages.forEach(values::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    ObjectNode at(BaseUrl baseUrl) {
        ObjectNode copy = description.deepCopy();
        copy.putArray("servers").addObject().put("url", baseUrl.toString());
        return copy;
    }
}
