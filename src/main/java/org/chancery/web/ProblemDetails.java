package org.chancery.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * Writes problem details as {@code application/problem+json}, for every failure under {@code /api/}: as UTF-8
 * bytes, since a String result would be encoded in the response's charset, which Jetty takes to be
 * ISO-8859-1 for a media type it does not know (a Russian title came out as question marks).
 */
public final class ProblemDetails {
    public static final String API_PREFIX = "/api/";

    private final ObjectMapper json;

    public ProblemDetails(ObjectMapper json) {
        this.json = json;
    }

    /** Whether the request is the API's, which answers problems in JSON rather than pages. */
    public boolean answers(Context ctx) {
        return ctx.path().startsWith(API_PREFIX);
    }

    public void write(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(problem.members()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
