package org.chancery.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.chancery.editorial.EditorialService;
import org.chancery.web.ClientFailure;

/**
 * JSON in and out of the API: instants and dates as ISO-8601 text. A request body must say it is
 * JSON, is read with a limit before it is parsed, and is parsed strictly: one value and nothing
 * after it, no key twice, and no more nesting or tokens than a publication needs, so a body of
 * 100,000 keys is refused while it is read instead of answered with a problem for each.
 */
public final class ApiJson {
    /** The largest request accepted: the largest body (2 MiB) and room for the other fields. */
    public static final int MAX_REQUEST_BYTES = EditorialService.MAX_BODY_BYTES + 64 * 1024;

    /** JSON, written as UTF-8 bytes and said to be. */
    static final String MEDIA_TYPE = "application/json; charset=utf-8";

    /** The deepest a body nests: an object holding arrays of strings needs two. */
    static final int MAX_DEPTH = 8;
    /** The most tokens a body may have: a publication with every field and 50 speakers and tags has under 300. */
    static final int MAX_TOKENS = 2_000;

    private final ObjectMapper mapper;
    /** The mapper's settings with the strict reading of request bodies, which the API's own files need not meet. */
    private final ObjectMapper requests;

    public ApiJson() {
        this.mapper = configured(new ObjectMapper());
        JsonFactory bounded = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxTokenCount(MAX_TOKENS).build())
                .build();
        this.requests = configured(new ObjectMapper(bounded)).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static ObjectMapper configured(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The request's JSON; an empty body (with any or no Content-Type) reads as an empty object. */
    JsonNode read(Context ctx) {
        byte[] bytes = bytes(ctx);
        if (bytes.length == 0) {
            return mapper.createObjectNode();
        }
        requireJson(ctx.contentType());
        try {
            JsonNode node = requests.readTree(bytes);
            return node == null ? mapper.createObjectNode() : node;
        } catch (StreamConstraintsException e) {
            throw ApiException.malformed("the body holds more than a request may: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.malformed("the body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(MEDIA_TYPE).result(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body is JSON in UTF-8: {@code application/json}, with no charset or {@code charset=utf-8}; anything else is a 415. */
    static void requireJson(String contentType) {
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        boolean json = parts[0].strip().equalsIgnoreCase("application/json");
        for (int i = 1; json && i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset")) {
                json = param.length == 2 && param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8");
            }
        }
        if (!json) {
            throw ApiException.unsupportedMediaType("send the body as 'Content-Type: application/json' (UTF-8), not '"
                    + (contentType == null ? "" : contentType) + "'");
        }
    }

    /** Refuses a body over the limit by its declared length before reading it, else once it has read one byte too many. */
    private static byte[] bytes(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
            if (bytes.length > MAX_REQUEST_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            if (ClientFailure.of(e).filter(ClientFailure::unread).isPresent()) {
                throw new UncheckedIOException(e);  // the client hung up or was too slow: answered and logged as such
            }
            throw ApiException.malformed("the body could not be read: " + e.getMessage());
        }
    }

    private static ApiException tooLarge() {
        return ApiException.tooLarge("a request may hold at most " + MAX_REQUEST_BYTES
                + " bytes, and a publication's body at most 2 MiB (2,097,152 bytes)");
    }
}
