package org.chancery.admin;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.chancery.account.SessionService.Session;
import org.chancery.web.Localizer;
import org.chancery.web.Templates;

/**
 * Renders the press office's pages under {@code /admin} in {@code layout/admin.jte}, in the
 * site's first language, with the signed-in user (if any) from the request's session.
 */
public final class AdminPages {
    private static final String HTML = "text/html; charset=utf-8";

    private final Templates templates;
    private final Supplier<String> missionName;
    private final Localizer localizer;
    private final Auth auth;

    public AdminPages(Templates templates, Supplier<String> missionName, Localizer localizer, Auth auth) {
        this.templates = templates;
        this.missionName = missionName;
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
        return new AdminChrome(localizer, missionName.get(),
                session == null ? null : session.user(), session == null ? null : session.csrfToken(), ctx.path());
    }
}
