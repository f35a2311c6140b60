package org.chancery;

import io.javalin.config.RoutesConfig;
import org.chancery.api.PublicationApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.home.HomeHandler;
import org.chancery.publication.PublicationHandler;

/**
 * Every route of the site. Public pages are open to everyone and live under a language prefix;
 * the editorial and API groups stand apart below them with their access rules.
 */
final class Routes {
    private Routes() {
    }

    record Handlers(HomeHandler home, PublicationHandler publication, ArchiveHandler archive, PublicationApi api) {
    }

    static void register(RoutesConfig routes, Handlers h) {
        // operations
        routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));

        // public site
        routes.get("/", h.home()::root);
        routes.get("/{lang}", h.home()::show);
        routes.get("/{lang}/news", h.archive()::index);
        routes.get("/{lang}/news/{idSlug}", h.publication()::show);

        // write API: JSON, every request with "Authorization: Bearer <token>" of an active user (else 401);
        // the role rules (403) are EditorialService's, noted here per route
        String api = PublicationApi.BASE;
        routes.post(api, h.api()::create);                         // author, editor, admin
        routes.get(api + "/{id}", h.api()::show);                  // author, editor, admin: any state
        routes.get(api + "/{id}/revisions", h.api()::revisions);   // author, editor, admin
        routes.patch(api + "/{id}", h.api()::update);              // author: own draft or submitted; editor, admin: any
        routes.post(api + "/{id}/submit", h.api()::submit);        // author: own; editor, admin: any
        routes.post(api + "/{id}/publish", h.api()::publish);      // editor, admin; not the submitter unless forced
        routes.post(api + "/{id}/schedule", h.api()::schedule);    // editor, admin; not the submitter
        routes.post(api + "/{id}/withdraw", h.api()::withdraw);    // editor, admin
        routes.post(api + "/{id}/unpublish", h.api()::unpublish);  // editor, admin
        routes.post(api + "/{id}/approve", h.api()::approve);      // editor, admin; not who force-published
    }
}
