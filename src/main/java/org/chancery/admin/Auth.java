package org.chancery.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chancery.account.SessionService;
import org.chancery.account.SessionService.Session;
import org.chancery.account.User;
import org.chancery.web.Cookies;
import org.chancery.web.HttpError;

/**
 * Who is asking, and whether they may. Pages under {@code /admin} know their user by the session
 * cookie. Before a matched route runs, its {@link Access} rule is enforced: a page without a
 * session goes to sign-in, too low a role is a 403, a form without its CSRF token a 403. The API
 * under {@code /api} knows its user by a bearer token, in its own handlers (api/PublicationApi),
 * and its routes declare no rule.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "chancery_session";
    public static final String SIGN_IN = "/admin/sign-in";
    /** The press office's part of the site, every answer under it for one person. */
    public static final String ADMIN = "/admin";
    static final String API = "/api/";
    private static final String SESSION = "chancery.session";
    private static final String USER = "chancery.user";

    private final SessionService sessions;

    public Auth(SessionService sessions) {
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::guard);
    }

    /** The session of the request's cookie, if it is live and its user active. */
    public Optional<Session> session(Context ctx) {
        return ctx.attributeOrCompute(SESSION, c -> sessions.find(c.cookie(SESSION_COOKIE)));
    }

    /** The user of a route that declares a role, signed in. */
    public User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException(ctx.path() + " asks for a user but its route declares no role");
        }
        return user;
    }

    /** Hands a new session to the browser, replacing any it had. */
    public void startSession(Context ctx, Session session) {
        session(ctx).ifPresent(old -> sessions.end(old.token()));
        Cookies.set(ctx, SESSION_COOKIE, session.token(), "/");
        Csrf.forgetFormToken(ctx);
        ctx.attribute(SESSION, Optional.of(session));
    }

    /** Ends the request's session, if any, and clears its cookie. */
    public void endSession(Context ctx) {
        session(ctx).ifPresent(s -> sessions.end(s.token()));
        Cookies.clear(ctx, SESSION_COOKIE, "/");
        ctx.attribute(SESSION, Optional.empty());
    }

    /** The path to write in logs: secrets in setup links are left out. */
    public static String loggable(String path) {
        return path.startsWith("/admin/setup/") ? "/admin/setup/(token)" : path;
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        boolean admin = path.equals(ADMIN) || path.startsWith(ADMIN + "/");
        if (admin) {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
        }
        Optional<Access> access = ctx.routeRoles().stream()
                .filter(Access.class::isInstance).map(Access.class::cast).findFirst();
        if (access.isEmpty()) {
            if (admin) {
                throw new IllegalStateException("route " + loggable(path) + " declares no Access rule");
            }
            return;
        }
        if (path.startsWith(API)) {
            throw new IllegalStateException("API route " + path + " declares an Access rule; it checks its token itself");
        }
        guardPage(ctx, access.get(), admin);
    }

    private void guardPage(Context ctx, Access access, boolean admin) {
        if (access == Access.ANYONE) {
            if (admin && Csrf.unsafe(ctx)) {
                Csrf.requireDoubleSubmit(ctx);
            }
            return;
        }
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(signInFor(ctx), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        admit(ctx, access, session.get().user());
        if (Csrf.unsafe(ctx)) {
            Csrf.require(ctx, session.get().csrfToken());
        }
    }

    private static void admit(Context ctx, Access access, User user) {
        if (!access.admits(user)) {
            throw new HttpError(403, "error.403.message");
        }
        ctx.attribute(USER, user);
    }

    /** Sign-in, coming back here afterwards when this is a page one can come back to. */
    private static String signInFor(Context ctx) {
        if (ctx.method() != HandlerType.GET) {
            return SIGN_IN;
        }
        String query = ctx.queryString();
        String back = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        return SIGN_IN + "?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
