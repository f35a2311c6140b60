package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.web.BaseUrl;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description read by an OpenAPI tool (the Swagger parser, which validates the
 * document against the specification) finds nothing wrong, and the rules a linter adds hold:
 * every operation has an id, a summary, a tag and a documented success; ids are unique;
 * every reference resolves; the values a language may take are this site's own.
 */
class OpenApiLintTest {
    private static final List<String> LANGUAGES = List.of("en", "ru");

    private static String document() throws Exception {
        ApiJson json = new ApiJson();
        JsonNode served = new OpenApi(json.mapper(), LANGUAGES).at(BaseUrl.of(URI.create("https://embassy.example")));
        return json.mapper().writeValueAsString(served);
    }

    private static SwaggerParseResult parse() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(document(), null, options);
    }

    @Test
    void an_openapi_parser_reads_it_without_a_single_message() throws Exception {
        SwaggerParseResult result = parse();

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    @Test
    void every_operation_has_a_unique_id_a_summary_a_tag_and_a_success() throws Exception {
        OpenAPI api = parse().getOpenAPI();
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                    problems.add(where + ": no operationId, or one used twice");
                }
                if (op.getSummary() == null || op.getSummary().isBlank()) {
                    problems.add(where + ": no summary");
                }
                if (op.getTags() == null || op.getTags().isEmpty()) {
                    problems.add(where + ": no tag");
                }
                if (op.getResponses().keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                    problems.add(where + ": no 2xx answer");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(ids).contains("createPublication", "updatePublication", "publishPublication", "uploadMedia");
    }

    @Test
    void a_language_may_be_any_of_the_sites_languages_and_only_those() throws Exception {
        OpenAPI api = parse().getOpenAPI();

        List<?> values = api.getComponents().getSchemas().get("Language").getEnum();
        assertThat(values.stream().map(String::valueOf).toList()).containsExactlyElementsOf(LANGUAGES);
        List<String> languageParameters = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().stream().filter(p -> p.getName().equals("language"))
                        .forEach(p -> languageParameters.add(path + " " + p.getSchema().get$ref()));
            }
        }));
        assertThat(languageParameters).containsExactlyInAnyOrder(
                "/api/v1/publications #/components/schemas/Language",
                "/api/v1/search #/components/schemas/Language");
    }
}
