package org.chancery.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The site's stylesheets and scripts under {@code /assets/}, each also at a name that holds a
 * hash of its bytes ({@code site.3f2a9c1b0d.css}). Pages link the hashed name, which never
 * changes meaning, so browsers and proxies may keep it for a year; the plain name still answers,
 * kept only briefly. The hashes are a function of the jar's own files, read once.
 */
public final class Assets {
    /** Every file in {@code src/main/resources/public/assets}. */
    static final List<String> NAMES = List.of("site.css", "admin.css", "clock.js", "video.js", "editor.js");
    /** For a file whose address changes with its bytes: kept a year, never revalidated. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";
    private static final String PREFIX = "/assets/";

    private final Map<String, Representation> byName = new HashMap<>();
    private final Map<String, Representation> byHashedName = new HashMap<>();
    private final Encodings encodings;

    /** Reads every asset from the class path; {@code since} is when this program started serving them. */
    public Assets(Encodings encodings, Instant since) {
        this.encodings = encodings;
        for (String name : NAMES) {
            Representation asset = new Representation(read(name), contentType(name), since);
            byName.put(name, asset);
            byHashedName.put(Manifest.HASHED.get(name), asset);
        }
    }

    /**
     * The address of an asset by its plain name, with the hash of its bytes in it: what templates link.
     * An unknown name is a mistake in a template, so it fails loudly.
     */
    public static String path(String name) {
        String hashed = Manifest.HASHED.get(name);
        if (hashed == null) {
            throw new IllegalArgumentException("no asset called " + name);
        }
        return PREFIX + hashed;
    }

    /** {@code GET /assets/{file}}: a hashed name for a year, a plain one for five minutes; else 404. */
    public void serve(Context ctx) {
        String file = ctx.pathParam("file");
        Representation hashed = byHashedName.get(file);
        if (hashed != null) {
            hashed.send(ctx, IMMUTABLE, encodings);
            return;
        }
        Representation plain = byName.get(file);
        if (plain == null) {
            throw HttpError.notFound();
        }
        plain.send(ctx, SHORT, encodings);
    }

    private static String contentType(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }

    static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/public/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hashed name of each asset, from the jar's bytes: a constant of this build. */
    private static final class Manifest {
        static final Map<String, String> HASHED = hashedNames();

        private static Map<String, String> hashedNames() {
            Map<String, String> names = new HashMap<>();
            for (String name : NAMES) {
                String hash = HexFormat.of().formatHex(Representation.sha256(read(name)), 0, 5);
                int dot = name.lastIndexOf('.');
                names.put(name, name.substring(0, dot) + "." + hash + name.substring(dot));
            }
            return Map.copyOf(names);
        }
    }
}
