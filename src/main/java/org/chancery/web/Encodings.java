package org.chancery.web;

import io.javalin.compression.Brotli;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Compressor;
import io.javalin.compression.Gzip;
import java.util.List;

/**
 * The content codings this server compresses text with: Brotli when brotli4j's native library
 * loads (it is bundled for Linux on x86-64), and gzip always. Javalin compresses other responses
 * with the same {@link #strategy()}; pages and assets are compressed here instead, so that a kept
 * page is compressed once rather than on every request.
 */
public final class Encodings {
    /** Below this, compression saves less than it costs; Javalin's own threshold is the same. */
    static final int MIN_BYTES = 1_500;

    private final CompressionStrategy strategy;

    private Encodings(CompressionStrategy strategy) {
        this.strategy = strategy;
    }

    /** Brotli (level 4) where it loads, and gzip (level 6). */
    public static Encodings available() {
        Brotli brotli = CompressionStrategy.Companion.brotli4jAvailable() ? new Brotli(4) : null;
        return new Encodings(new CompressionStrategy(brotli, new Gzip(6)));
    }

    /** For Javalin's config, so that JSON, feeds and errors are compressed alike. */
    public CompressionStrategy strategy() {
        return strategy;
    }

    /** The content codings on offer, best first. */
    public List<String> names() {
        return strategy.getCompressors().stream().map(Compressor::encoding).toList();
    }

    /** The compressor for a request's {@code Accept-Encoding}, or null to send the bytes as they are. */
    Compressor pick(String acceptEncoding, int size) {
        if (acceptEncoding == null || size < MIN_BYTES) {
            return null;
        }
        return strategy.findMatchingCompressor(acceptEncoding);
    }

    List<Compressor> compressors() {
        return strategy.getCompressors();
    }
}
