package org.chancery;

import io.javalin.config.RoutesConfig;
import org.chancery.account.AccountHandlers;
import org.chancery.archive.ArchiveHandler;
import org.chancery.home.HomeHandler;
import org.chancery.publication.PublicationHandler;
import org.chancery.web.Access;

/**
 * Every route of the site. The press office's pages under {@code /admin} and the API under
 * {@code /api} each declare their {@link Access} rule beside the route ({@code web/Auth} enforces
 * it); public pages are open to everyone and live under a language prefix, registered last.
 */
final class Routes {
    private Routes() {
    }

    record Handlers(HomeHandler home, PublicationHandler publication, ArchiveHandler archive,
            AccountHandlers account) {
    }

    static void register(RoutesConfig routes, Handlers h) {
        // operations
        routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));

        // press office: before a session (forms carry a double-submit CSRF token)
        AccountHandlers a = h.account();
        routes.get("/admin/sign-in", a.signIn()::form, Access.ANYONE);
        routes.post("/admin/sign-in", a.signIn()::submit, Access.ANYONE);
        routes.get("/admin/setup/{token}", a.setup()::form, Access.ANYONE);
        routes.post("/admin/setup/{token}", a.setup()::create, Access.ANYONE);

        // press office: signed in (forms carry the session's CSRF token)
        routes.get("/admin", a.home()::show, Access.AUTHOR);
        routes.post("/admin/sign-out", a.signIn()::signOut, Access.AUTHOR);
        routes.get("/admin/password", a.password()::form, Access.AUTHOR);
        routes.post("/admin/password", a.password()::change, Access.AUTHOR);
        routes.get("/admin/users", a.users()::index, Access.ADMIN);

        // public site, last: Javalin takes the first route that matches, and /{lang} matches /admin too
        routes.get("/", h.home()::root);
        routes.get("/{lang}", h.home()::show);
        routes.get("/{lang}/news", h.archive()::index);
        routes.get("/{lang}/news/{idSlug}", h.publication()::show);
    }
}
