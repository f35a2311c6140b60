package org.chancery.web;

import io.javalin.compression.Compressor;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bytes of one answer with what conditional and compressed GETs need: a strong ETag from the
 * bytes, the instant they were made (Last-Modified), and each content coding's bytes, made once
 * on first use and kept with it. A kept page or asset is thus never hashed or compressed twice.
 */
public final class Representation {
    private final byte[] body;
    private final String contentType;
    private final String etag;
    private final Instant lastModified;
    private final ConcurrentMap<String, byte[]> encoded = new ConcurrentHashMap<>();

    /** {@code madeAt} is truncated to the second, as HTTP dates are. */
    public Representation(byte[] body, String contentType, Instant madeAt) {
        this.body = body;
        this.contentType = contentType;
        this.etag = Conditional.etag(body);
        this.lastModified = madeAt == null ? null : madeAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Bytes made for one answer, whose time of making says nothing to a client: no Last-Modified. */
    static Representation undated(byte[] body, String contentType) {
        return new Representation(body, contentType, null);
    }

    public String etag() {
        return etag;
    }

    /** When the bytes were made, or null for {@link #undated} ones. */
    public Instant lastModified() {
        return lastModified;
    }

    byte[] body() {
        return body;
    }

    /** Compresses in every coding on offer now, so {@link #weight()} is what keeping it costs. */
    public Representation encodedAll(Encodings encodings) {
        if (body.length >= Encodings.MIN_BYTES) {
            encodings.compressors().forEach(this::encoded);
        }
        return this;
    }

    /** The bytes held: the body and every coding made of it so far. */
    public int weight() {
        return body.length + encoded.values().stream().mapToInt(b -> b.length).sum();
    }

    /**
     * Answers a GET: 304 when the request's validators match, else the bytes in the coding negotiated
     * for the request. A coded answer's ETag names its coding ({@code "tag.gzip"}), as its bytes differ,
     * and {@code If-None-Match} must name the tag of the coding chosen now. A 304 carries the headers
     * a 200 would (ETag, Vary, Cache-Control, Last-Modified, Content-Length) but no Content-Type
     * ({@link HttpCaching}).
     *
     * @param cacheControl what browsers and proxies may keep, or null to leave it to {@link HttpCaching}
     */
    public void send(Context ctx, String cacheControl, Encodings encodings) {
        Compressor compressor = encodings.pick(ctx, body.length);
        String tag = compressor == null ? etag : Conditional.variant(etag, compressor.encoding());
        if (cacheControl != null) {
            ctx.header("Cache-Control", cacheControl);
        }
        HttpCaching.varyByCoding(ctx);  // beside what else the handler said it varies by (Authorization)
        if (lastModified != null) {
            ctx.header("Last-Modified", HttpDate.format(lastModified));
        }
        ctx.header("ETag", tag);
        if (Conditional.notModified(ctx, tag, lastModified)) {
            ctx.status(304);
            // else Jetty says Content-Length: 0, which RFC 9110 forbids a 304 unless the 200 would be empty
            ctx.header("Content-Length", Integer.toString(compressor == null ? body.length : encoded(compressor).length));
            return;
        }
        ctx.contentType(contentType);
        if (compressor == null) {
            ctx.result(body);
        } else {
            ctx.header("Content-Encoding", compressor.encoding());
            ctx.result(encoded(compressor));
        }
    }

    private byte[] encoded(Compressor compressor) {
        return encoded.computeIfAbsent(compressor.encoding(), name -> compress(compressor));
    }

    private byte[] compress(Compressor compressor) {
        var bytes = new ByteArrayOutputStream(body.length / 3);
        try (OutputStream out = compressor.compress(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
