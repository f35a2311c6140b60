package org.chancery;

import io.javalin.config.RoutesConfig;
import org.chancery.archive.ArchiveHandler;
import org.chancery.home.HomeHandler;
import org.chancery.publication.PublicationHandler;

/**
 * Every route of the site. Public pages are open to everyone and live under a language prefix;
 * the editorial and API groups will stand apart below them with their access rules.
 */
final class Routes {
    private Routes() {
    }

    record Handlers(HomeHandler home, PublicationHandler publication, ArchiveHandler archive) {
    }

    static void register(RoutesConfig routes, Handlers h) {
        // operations
        routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));

        // public site
        routes.get("/", h.home()::root);
        routes.get("/{lang}", h.home()::show);
        routes.get("/{lang}/news", h.archive()::index);
        routes.get("/{lang}/news/{idSlug}", h.publication()::show);
    }
}
