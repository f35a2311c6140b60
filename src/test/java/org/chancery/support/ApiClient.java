package org.chancery.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Talks JSON to a test site's API with one member's bearer token (or none). */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestSite site;
    private final String token;

    public ApiClient(TestSite site, String token) {
        this.site = site;
        this.token = token;
    }

    public static ApiClient as(TestSite site, Staff.Member member) {
        return new ApiClient(site, member.token());
    }

    /** An answer: the status, the parsed body (null when it is not JSON) and the headers. */
    public record Response(int status, JsonNode json, String contentType, HttpHeaders headers, String body) {
        public String text(String field) {
            return json.path(field).asText();
        }

        public long id() {
            return json.path("id").asLong();
        }

        public long version() {
            return json.path("version").asLong();
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** Sends {@code body} as JSON: a String as it is, anything else (a Map) serialized. */
    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = site.send(request.build());
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Response(response.statusCode(), type.contains("json") ? read(response.body()) : null, type,
                response.headers(), response.body());
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A draft's fields as the API takes them, with the given title. */
    public static Map<String, Object> draft(String title) {
        return Map.of("type", "statement", "language", "en", "title", title,
                "lead", "The lead of " + title, "body", "The body of " + title + ".");
    }
}
