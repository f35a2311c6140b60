package org.chancery.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;
import org.chancery.account.Secrets;
import org.chancery.web.Cookies;
import org.chancery.web.HttpError;

/**
 * Cross-site request forgery tokens. A signed-in form carries its session's token; the forms
 * that come before a session (sign-in, first administrator) carry the value of a cookie of their
 * own, which another site can neither read nor set (double submit). Either arrives as the form
 * field {@code _csrf} or the header {@code X-CSRF-Token} and is compared in constant time.
 */
public final class Csrf {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String COOKIE = "chancery_csrf";
    private static final String COOKIE_PATH = "/admin";
    private static final String ISSUED = "chancery.csrf.issued";
    private static final Set<HandlerType> UNSAFE = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final Secrets secrets;

    public Csrf(Secrets secrets) {
        this.secrets = secrets;
    }

    static boolean unsafe(Context ctx) {
        return UNSAFE.contains(ctx.method());
    }

    /** The token a form shown before sign-in must carry; sets its cookie when the browser has none. */
    public String formToken(Context ctx) {
        String issued = ctx.attribute(ISSUED);
        if (issued != null) {
            return issued;
        }
        String token = ctx.cookie(COOKIE);
        if (token == null || token.length() < 32) {
            token = secrets.newToken();
            Cookies.set(ctx, COOKIE, token, COOKIE_PATH);
        }
        ctx.attribute(ISSUED, token);
        return token;
    }

    /** Once signed in, forms carry the session's token: the cookie of the forms before sign-in goes. */
    static void forgetFormToken(Context ctx) {
        Cookies.clear(ctx, COOKIE, COOKIE_PATH);
    }

    /** Refuses the request with a 403 unless it carries {@code expected}. */
    static void require(Context ctx, String expected) {
        String sent = ctx.header(HEADER);
        if (sent == null) {
            sent = ctx.formParam(FIELD);
        }
        if (expected == null || expected.isEmpty() || !Secrets.same(expected, sent)) {
            throw new HttpError(403, "error.csrf.message");
        }
    }

    /** Refuses the request unless it carries the value of its own CSRF cookie. */
    static void requireDoubleSubmit(Context ctx) {
        require(ctx, ctx.cookie(COOKIE));
    }
}
