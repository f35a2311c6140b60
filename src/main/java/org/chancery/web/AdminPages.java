package org.chancery.web;

import io.javalin.http.Context;
import org.chancery.account.SessionService.Session;
import org.chancery.masthead.MastheadService;

/**
 * Renders the press office's pages under {@code /admin} in {@code layout/admin.jte}, in the
 * site's first language, with the signed-in user (if any) from the request's session.
 */
public final class AdminPages {
    private static final String HTML = "text/html; charset=utf-8";

    private final Templates templates;
    private final MastheadService masthead;
    private final Localizer localizer;
    private final Auth auth;

    public AdminPages(Templates templates, MastheadService masthead, Localizer localizer, Auth auth) {
        this.templates = templates;
        this.masthead = masthead;
        this.localizer = localizer;
        this.auth = auth;
    }

    /** Whether a request belongs to the press office's pages. */
    public boolean owns(Context ctx) {
        String path = ctx.path();
        return path.equals(Auth.ADMIN) || path.startsWith(Auth.ADMIN + "/");
    }

    public Localizer localizer() {
        return localizer;
    }

    public void render(Context ctx, String template, Object page) {
        ctx.contentType(HTML).result(templates.render(template, chrome(ctx), page));
    }

    AdminChrome chrome(Context ctx) {
        Session session = auth.session(ctx).orElse(null);
        return new AdminChrome(localizer, masthead.settings().missionName(),
                session == null ? null : session.user(), session == null ? null : session.csrfToken(), ctx.path());
    }
}
