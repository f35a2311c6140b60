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
        this.lastModified = madeAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public String etag() {
        return etag;
    }

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
     * Answers a GET: 304 when the request's validators match, else the bytes in the best coding the
     * client accepts. A coded answer's ETag names its coding ({@code "tag-gzip"}), as its bytes differ.
     */
    public void send(Context ctx, String cacheControl, Encodings encodings) {
        Compressor compressor = encodings.pick(ctx.header("Accept-Encoding"), body.length);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Last-Modified", HttpDate.format(lastModified));
        ctx.header("ETag", compressor == null ? etag : Conditional.variant(etag, compressor.encoding()));
        if (Conditional.notModified(ctx, etag, lastModified)) {
            ctx.status(304);
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
