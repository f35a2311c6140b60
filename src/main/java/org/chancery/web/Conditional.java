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
 * asked for where they pay. Both these and pages and assets, which also carry Last-Modified, are
 * answered by {@link Representation}, which compresses them and gives each coding its own tag.
 */
public final class Conditional {
    private Conditional() {
    }

    /**
     * Answers with the body in the coding negotiated for the request, its ETag that coding's, or 304
     * when {@code If-None-Match} names that tag. Compressed here rather than by Javalin, which would
     * give every coding the same strong ETag.
     */
    public static void send(Context ctx, String contentType, String body) {
        Representation.undated(body.getBytes(StandardCharsets.UTF_8), contentType)
                .send(ctx, null, ctx.appData(Encodings.KEY));
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
     * Whether the client's copy is current: {@code If-None-Match} names the tag (of the coding being
     * sent: a copy in another coding is other bytes), or, only when there is no {@code If-None-Match},
     * {@code If-Modified-Since} is no earlier than {@code lastModified} (if there is one). An unreadable
     * date is ignored, as RFC 9110 says.
     */
    static boolean notModified(Context ctx, String etag, Instant lastModified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (lastModified == null) {
            return false;
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
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
