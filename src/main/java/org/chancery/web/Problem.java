package org.chancery.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what the API answers instead of a page when a request fails.
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title      a short summary of the kind of problem, the same for every occurrence
 * @param detail     what went wrong this time, for people
 * @param extensions further members, such as {@code errors} for invalid fields
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    /** The media type, with the charset said: the body is UTF-8 (Jetty would otherwise assume ISO-8859-1). */
    public static final String MEDIA_TYPE = "application/problem+json; charset=utf-8";
    /** The start of the problem types of our own, listed in docs/api.md. */
    public static final String TYPE_PREFIX = "urn:chancery:problem:";

    public Problem {
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, Map.of());
    }

    /** A query parameter that makes no sense: the problem names it in {@code parameter}. */
    public static Problem invalidParameter(String parameter, String detail) {
        return new Problem(TYPE_PREFIX + "invalid-parameter", "Invalid parameter", 400, detail,
                Map.of("parameter", parameter));
    }

    /** The members in the order they are written: the standard ones first. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        members.putAll(extensions);
        return members;
    }
}
