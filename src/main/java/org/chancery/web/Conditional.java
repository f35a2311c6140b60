package org.chancery.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Conditional GET for what machines poll (feeds, the sitemap, the read API): each answer carries
 * an ETag made from its bytes, and a request whose {@code If-None-Match} names it gets 304 Not
 * Modified without a body. Javalin's own ETags would apply to every page of the site; these are
 * asked for where they pay.
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether {@code If-None-Match} names the tag: a list of tags, weak ones ("W/") compared weakly, or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
