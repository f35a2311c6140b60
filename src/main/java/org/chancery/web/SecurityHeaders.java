package org.chancery.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chancery.content.VideoEmbeds;

/**
 * What every answer tells the browser about how far to trust it, set before any handler runs so
 * that pages, assets, the API, redirects and errors all carry it:
 * <ul>
 * <li>a Content-Security-Policy that runs scripts and applies styles only from the site's own
 * files: no inline script, event handler attribute or style, so markup that slipped past the body
 * sanitizer still cannot run; images also from other HTTPS sites, which publication bodies may show;
 * <li>{@code nosniff}, so nothing is taken for a type other than the one it was sent as;
 * <li>no framing by any page (clickjacking of the press office's forms);
 * <li>a referrer that names only this origin to other sites, and none over plain HTTP;
 * <li>no camera, microphone, location or other device for any page;
 * <li>HSTS when the browser talks HTTPS, to this server or to a trusted proxy that says so
 * ({@link TrustedProxies}): never over plain HTTP, where it would be ignored, nor on a forwarded
 * header anyone could send.
 * </ul>
 */
public final class SecurityHeaders {
    /**
     * The policy of every answer; the site's own scripts in {@code assets/} are its only scripts, and
     * the only frames are the video players a reader starts ({@link VideoEmbeds}).
     */
    public static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' https:",
            "frame-src " + VideoEmbeds.FRAME_SOURCES,
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Devices and features no page of the site uses, refused to every page and to anything it embeds. */
    public static final String PERMISSIONS = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "payment=()", "usb=()");
    /** A year; the browser renews it with every answer over HTTPS. */
    public static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    public static void register(RoutesConfig routes) {
        routes.before(SecurityHeaders::set);
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Permissions-Policy", PERMISSIONS);
        if (TrustedProxies.in(ctx).https(ctx.ip(), ctx.scheme(), ctx.header("X-Forwarded-Proto"))) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }
}
