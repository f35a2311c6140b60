package org.chancery.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Conditional GET for what machines poll (feeds, the sitemap, the read API): each answer carries
 * an ETag made from its bytes, and a request whose {@code If-None-Match} names it gets 304 Not
 * Modified without a body. Javalin's own ETags would apply to every page of the site; these are
 * asked for where they pay. Pages and assets, which also carry Last-Modified and come compressed
 * from this server, go through {@link Representation}.
 */
public final class Conditional {
    private Conditional() {
    }

    public static void send(Context ctx, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        ctx.header("ETag", etag);
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(bytes);
    }

    /** A strong validator: the first 128 bits of the SHA-256 of the bytes, quoted. */
    static String etag(byte[] bytes) {
        byte[] digest = Representation.sha256(bytes);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
    }

    /** The tag of the same bytes in a content coding: {@code "tag.gzip"} ('.' is not in the tag's alphabet). */
    static String variant(String etag, String coding) {
        return etag.substring(0, etag.length() - 1) + "." + coding + "\"";
    }

    /**
     * Whether the client's copy is current: {@code If-None-Match} names the tag (in any coding), or,
     * only when there is no {@code If-None-Match}, {@code If-Modified-Since} is no earlier than
     * {@code lastModified}. An unreadable date is ignored, as RFC 9110 says.
     */
    static boolean notModified(Context ctx, String etag, Instant lastModified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        // Last-Modified is written to the second: the copy is current if it is of that second or later
        return HttpDate.parse(ctx.header("If-Modified-Since"))
                .map(clientCopy -> !lastModified.isAfter(clientCopy))
                .orElse(false);
    }

    /** Whether {@code If-None-Match} names the tag: a list of tags, weak ones ("W/") compared weakly, or "*". */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(Conditional::withoutCoding)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String withoutCoding(String tag) {
        int dot = tag.lastIndexOf('.');
        return dot < 0 || !tag.endsWith("\"") ? tag : tag.substring(0, dot) + "\"";
    }
}
