package org.chancery.web;

import java.net.URI;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The site's public address, which turns paths into the absolute URLs that feeds, the sitemap,
 * page metadata and the API give out. It is configured (never taken from a request's Host
 * header, which anyone can forge); by default it is {@code http://localhost:<port>}.
 */
public final class BaseUrl {
    private final Supplier<String> base;

    private BaseUrl(Supplier<String> base) {
        this.base = base;
    }

    /** A configured address, such as {@code https://www.embassy.example} (a path prefix is kept). */
    public static BaseUrl of(URI url) {
        String text = url.toString().replaceAll("/+$", "");
        return new BaseUrl(() -> text);
    }

    /** {@code http://localhost:<port>}, the port asked for when first needed (it is known once the server listens). */
    public static BaseUrl localhost(IntSupplier port) {
        return new BaseUrl(() -> "http://localhost:" + port.getAsInt());
    }

    /** The absolute URL of a site path that starts with "/". */
    public String absolute(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a site path starts with '/': " + path);
        }
        return base.get() + path;
    }

    @Override
    public String toString() {
        return base.get();
    }
}
