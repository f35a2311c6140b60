package org.chancery.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The site's cookies: never readable by scripts (HttpOnly), not sent along with requests that
 * other sites start, except plain navigation (SameSite=Lax), and Secure whenever the browser
 * talks HTTPS, directly or through a trusted proxy ({@link TrustedProxies}) that says so in
 * {@code X-Forwarded-Proto}.
 */
public final class Cookies {
    private Cookies() {
    }

    /** Sets a cookie that lasts until the browser closes. */
    public static void set(Context ctx, String name, String value, String path) {
        ctx.cookie(new Cookie(name, value, path, -1, secure(ctx), true, null, SameSite.LAX));
    }

    public static void clear(Context ctx, String name, String path) {
        ctx.cookie(new Cookie(name, "", path, 0, secure(ctx), true, null, SameSite.LAX));
    }

    public static boolean secure(Context ctx) {
        return TrustedProxies.in(ctx).https(ctx.ip(), ctx.scheme(), ctx.header("X-Forwarded-Proto"));
    }
}
