package org.chancery.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * JSON in and out of the API: instants and dates as ISO-8601 text, request bodies read with a
 * limit before they are parsed, duplicate keys refused.
 */
public final class ApiJson {
    /** The largest request accepted: the largest body (2 MiB) and room for the other fields. */
    public static final int MAX_REQUEST_BYTES = EditorialService.MAX_BODY_BYTES + 64 * 1024;

    private final ObjectMapper mapper;

    public ApiJson() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The request's JSON; an empty body reads as an empty object. */
    JsonNode read(Context ctx) {
        byte[] bytes = bytes(ctx);
        if (bytes.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(bytes);
            return node == null ? mapper.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            throw ApiException.malformed("the body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(text(value));
    }

    String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
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
