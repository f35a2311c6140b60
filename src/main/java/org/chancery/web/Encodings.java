package org.chancery.web;

import io.javalin.compression.Brotli;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Compressor;
import io.javalin.compression.Gzip;
import io.javalin.config.Key;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The content codings this server compresses text with: Brotli when brotli4j's native library
 * loads (it is bundled for Linux on x86-64), and gzip always. Which one a response gets is
 * negotiated once per request by {@link RequestFilter} ({@link AcceptEncoding}: weights, then
 * Brotli before gzip). Javalin compresses other responses with the same {@link #strategy()}, and sees
 * only the negotiated coding; pages, assets, feeds, the sitemap and the read API are compressed by
 * {@link Representation} instead, so that each coding gets its own ETag and a kept page is
 * compressed once rather than on every request.
 */
public final class Encodings {
    /** Where handlers that answer through {@link Conditional} find the codings on offer. */
    public static final Key<Encodings> KEY = new Key<>("chancery.encodings");
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

    /**
     * Lets Javalin compress even a short answer for a client that refuses the identity
     * ({@code identity;q=0}); anyone else gets short answers as they are.
     */
    public void register(RoutesConfig routes) {
        routes.before(ctx -> {
            if (!RequestFilter.coding(ctx).identityAcceptable()) {
                ctx.minSizeForCompression(0);
            }
        });
    }

    /**
     * The compressor of the coding negotiated for the request, or null to send the bytes as they are:
     * the identity, or a body too short to gain from compression unless the client refuses the identity.
     */
    Compressor pick(Context ctx, int size) {
        AcceptEncoding.Choice choice = RequestFilter.coding(ctx);
        if (choice.coding() == null || (size < MIN_BYTES && choice.identityAcceptable())) {
            return null;
        }
        return compressors().stream().filter(c -> c.encoding().equals(choice.coding())).findFirst().orElse(null);
    }

    List<Compressor> compressors() {
        return strategy.getCompressors();
    }
}
