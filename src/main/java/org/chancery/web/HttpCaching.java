package org.chancery.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * What browsers and proxies may keep, decided last for every answer. Handlers say it for their
 * own kind: public pages until the masthead's next minute ({@code site/Pages}), hashed assets for a
 * year ({@link Assets}), feeds, the sitemap and the read API revalidated each time ({@code no-cache}
 * with an ETag). Here, overriding them: anything for one person (under {@code /admin}, with an
 * {@code Authorization} header, or setting a cookie) is {@code private, no-store}, and errors are
 * {@code no-store}, so a passing failure is never kept. Text that may come compressed varies by
 * {@code Accept-Encoding}. A 304 (or 204) carries no Content-Type: it has no content, and a cache updating its
 * stored copy from the 304's headers (Varnish does) would otherwise take Javalin's default,
 * {@code text/plain}, for the page, stylesheet or script it holds.
 */
public final class HttpCaching {
    static final String PERSONAL = "private, no-store";
    static final String ERROR = "no-store";

    private HttpCaching() {
    }

    /** @param personalPath the section of the site whose every answer is for one person ({@code /admin}) */
    public static void register(RoutesConfig routes, String personalPath) {
        routes.after(ctx -> decide(ctx, personalPath));
    }

    static void decide(Context ctx, String personalPath) {
        String path = ctx.path();
        boolean personal = path.equals(personalPath) || path.startsWith(personalPath + "/")
                || ctx.header("Authorization") != null || ctx.res().containsHeader("Set-Cookie");
        if (personal) {
            ctx.header("Cache-Control", PERSONAL);
        } else if (ctx.statusCode() >= 400) {
            ctx.header("Cache-Control", ERROR);
        } else if ((ctx.statusCode() < 300 || ctx.statusCode() == 304) && !ctx.res().containsHeader("Cache-Control")) {
            ctx.header("Cache-Control", "no-cache");
        }
        if (ctx.statusCode() == 304 || ctx.statusCode() == 204) {
            // no content, so no type; what a 304 varies by, its handler said, as for its 200 (web/Representation)
            ctx.res().setContentType(null);
            return;
        }
        if (compressible(ctx.res().getContentType())) {
            varyByCoding(ctx);
        }
    }

    /** Adds {@code Vary: Accept-Encoding}, once, keeping whatever else the answer varies by. */
    static void varyByCoding(Context ctx) {
        if (!varies(ctx)) {
            ctx.res().addHeader("Vary", "Accept-Encoding");
        }
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript");
    }

    private static boolean varies(Context ctx) {
        return ctx.res().getHeaders("Vary").stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-encoding"));
    }
}
