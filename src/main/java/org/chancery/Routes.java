package org.chancery;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.chancery.admin.Access;
import org.chancery.admin.AdminHomeHandler;
import org.chancery.admin.AuditHandler;
import org.chancery.admin.PasswordHandler;
import org.chancery.admin.SetupHandler;
import org.chancery.admin.SignInHandler;
import org.chancery.admin.UsersHandler;
import org.chancery.api.MediaApi;
import org.chancery.api.PublicationApi;
import org.chancery.api.ReadApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.editor.EditHandler;
import org.chancery.editor.EditorPaths;
import org.chancery.editor.PreviewHandler;
import org.chancery.editor.PublicationListHandler;
import org.chancery.editor.RevisionsHandler;
import org.chancery.editor.WorkflowHandler;
import org.chancery.feed.FeedHandler;
import org.chancery.home.HomeHandler;
import org.chancery.masthead.MastheadHandler;
import org.chancery.media.MediaFileHandler;
import org.chancery.media.MediaHandler;
import org.chancery.menu.MenuHandler;
import org.chancery.ops.OpsHandler;
import org.chancery.page.PageHandler;
import org.chancery.page.PagesAdminHandler;
import org.chancery.publication.PublicationHandler;
import org.chancery.search.SearchHandler;
import org.chancery.site.PageCache;
import org.chancery.sitemap.SitemapHandler;
import org.chancery.web.Assets;
import org.chancery.web.HttpError;

/**
 * Every route of the site. The press office's pages under {@code /admin} declare their
 * {@link Access} rule beside the route ({@code admin/Auth} enforces it); the write API under
 * {@code /api} takes a bearer token on every request and its role rules are noted per route;
 * public pages are open to everyone and live under a language prefix, registered last.
 */
record Routes(
        OpsHandler ops, Assets assets, PageCache cache,
        SignInHandler signIn, SetupHandler setup, PasswordHandler password, AdminHomeHandler adminHome,
        UsersHandler users,
        PublicationListHandler editorList, EditHandler edit, PreviewHandler preview, WorkflowHandler workflow,
        RevisionsHandler revisions,
        PagesAdminHandler pagesAdmin, MastheadHandler masthead, MenuHandler menu, AuditHandler audit,
        MediaHandler mediaLibrary, MediaFileHandler mediaFiles, MediaApi mediaApi,
        PublicationApi writeApi, ReadApi readApi,
        SearchHandler search, FeedHandler feeds, SitemapHandler sitemap,
        HomeHandler home, ArchiveHandler archive, PublicationHandler publication, PageHandler page,
        List<String> languages) {

    void register(RoutesConfig routes) {
        // operations: /metrics only from the configured addresses
        routes.get("/healthz", ops::healthz);
        routes.get("/readyz", ops::readyz);
        routes.get("/metrics", ops::metrics);
        // stylesheets and scripts: /assets/site.<hash>.css for a year, /assets/site.css briefly
        routes.get("/assets/{file}", assets::serve);

        // press office: before a session (forms carry a double-submit CSRF token)
        routes.get("/admin/sign-in", signIn::form, Access.ANYONE);
        routes.post("/admin/sign-in", signIn::submit, Access.ANYONE);
        routes.get("/admin/setup/{token}", setup::form, Access.ANYONE);
        routes.post("/admin/setup/{token}", setup::create, Access.ANYONE);

        // press office: signed in (forms carry the session's CSRF token)
        routes.get("/admin", adminHome::show, Access.AUTHOR);
        routes.post("/admin/sign-out", signIn::signOut, Access.AUTHOR);
        routes.get("/admin/password", password::form, Access.AUTHOR);
        routes.post("/admin/password", password::change, Access.AUTHOR);
        routes.get("/admin/users", users::index, Access.ADMIN);

        // press office: the editor; EditorialService also decides per publication (an author edits their own drafts)
        String pubs = EditorPaths.LIST;
        routes.get(pubs, editorList::index, Access.AUTHOR);
        routes.get(EditorPaths.NEW, edit::blank, Access.AUTHOR);
        routes.post(pubs, edit::create, Access.AUTHOR);
        routes.post(EditorPaths.PREVIEW, preview::preview, Access.AUTHOR);           // saves nothing
        routes.get(pubs + "/{id}/edit", edit::edit, Access.AUTHOR);                   // read-only where not theirs
        routes.post(pubs + "/{id}", edit::save, Access.AUTHOR);
        routes.post(pubs + "/{id}/translate", edit::translate, Access.AUTHOR);         // a draft in another language
        routes.post(pubs + "/{id}/submit", workflow::submit, Access.AUTHOR);
        routes.post(pubs + "/{id}/publish", workflow::publish, Access.EDITOR);         // not the submitter
        routes.post(pubs + "/{id}/force-publish", workflow::forcePublish, Access.EDITOR);
        routes.post(pubs + "/{id}/approve", workflow::approve, Access.EDITOR);         // not who forced it
        routes.post(pubs + "/{id}/schedule", workflow::schedule, Access.EDITOR);       // not the submitter
        routes.post(pubs + "/{id}/withdraw", workflow::withdraw, Access.EDITOR);
        routes.post(pubs + "/{id}/unpublish", workflow::unpublish, Access.EDITOR);
        routes.get(pubs + "/{id}/revisions", revisions::index, Access.AUTHOR);
        routes.post(pubs + "/{id}/revisions/{number}/restore", revisions::restore, Access.AUTHOR);

        // press office: the site around the publications
        routes.get("/admin/pages", pagesAdmin::index, Access.EDITOR);
        routes.post("/admin/pages", pagesAdmin::create, Access.EDITOR);
        routes.get("/admin/pages/new", pagesAdmin::newForm, Access.EDITOR);
        routes.get("/admin/pages/{id}", pagesAdmin::edit, Access.EDITOR);
        routes.post("/admin/pages/{id}", pagesAdmin::update, Access.EDITOR);
        routes.get("/admin/pages/{id}/delete", pagesAdmin::confirmDelete, Access.EDITOR);
        routes.post("/admin/pages/{id}/delete", pagesAdmin::delete, Access.EDITOR);
        routes.get("/admin/masthead", masthead::form, Access.EDITOR);
        routes.post("/admin/masthead", masthead::save, Access.EDITOR);
        routes.get("/admin/menu", menu::form, Access.ADMIN);
        routes.post("/admin/menu", menu::save, Access.ADMIN);
        routes.get("/admin/audit", audit::index, Access.ADMIN);

        // press office: the media library; an upload declaring more than the limit is refused before it is read
        routes.before(MediaHandler.PATH, mediaLibrary::refuseOversized);
        routes.get(MediaHandler.PATH, mediaLibrary::index, Access.AUTHOR);
        routes.post(MediaHandler.PATH, mediaLibrary::upload, Access.AUTHOR);
        routes.post(MediaHandler.PATH + "/{id}/delete", mediaLibrary::delete, Access.EDITOR);
        routes.post(MediaHandler.PATH + "/{id}/focus", mediaLibrary::focus, Access.AUTHOR);

        // last of the press office's routes: any other address under /admin is not found, rather than
        // reaching a public route such as /{lang}/news without an access rule
        routes.get("/admin/<rest>", ctx -> {
            throw HttpError.notFound();
        }, Access.ANYONE);

        // write API: JSON, every request with "Authorization: Bearer <token>" of an active user (else 401);
        // the role rules (403) are EditorialService's, noted here per route
        String api = PublicationApi.BASE;
        routes.post(api, writeApi::create);                         // author, editor, admin
        routes.get(api + "/{id}", readApi::show);       // anyone: as readers see it; with a token, any state
        routes.get(api + "/{id}/revisions", writeApi::revisions);   // author, editor, admin
        routes.patch(api + "/{id}", writeApi::update);              // author: own draft or submitted; editor, admin: any
        routes.post(api + "/{id}/submit", writeApi::submit);        // author: own; editor, admin: any
        routes.post(api + "/{id}/publish", writeApi::publish);      // editor, admin; not the submitter unless forced
        routes.post(api + "/{id}/schedule", writeApi::schedule);    // editor, admin; not the submitter
        routes.post(api + "/{id}/withdraw", writeApi::withdraw);    // editor, admin
        routes.post(api + "/{id}/unpublish", writeApi::unpublish);  // editor, admin
        routes.post(api + "/{id}/approve", writeApi::approve);      // editor, admin; not who force-published
        routes.post(MediaApi.BASE, mediaApi::create);               // author, editor, admin: the body is the file
        routes.patch(MediaApi.BASE + "/{id}", mediaApi::update);       // author, editor, admin: the focal point

        // finding publications, open to everyone; before the public pages, whose /{lang}/... would match them too
        routes.get("/robots.txt", sitemap::robots);
        routes.get("/sitemap.xml", sitemap::root);
        routes.get("/sitemaps/{file}", sitemap::file);            // 1.xml, 2.xml, ... on a site too large for one file
        routes.get("/{lang}/search", search::page);
        routes.get("/{lang}/feed.xml", feeds::rss);
        routes.get("/{lang}/atom.xml", feeds::atom);
        routes.get("/{lang}/feed/{file}", feeds::rssOfType);     // interview.xml, statement.xml, ...
        routes.get("/{lang}/atom/{file}", feeds::atomOfType);
        // read API: JSON, no token; ETags, and cross-origin GETs allowed (the preflights below)
        routes.get(PublicationApi.BASE, readApi::list);
        routes.get(ReadApi.SEARCH, readApi::search);
        routes.get(ReadApi.OPENAPI, readApi::openApi);
        for (String path : List.of(PublicationApi.BASE, PublicationApi.BASE + "/{id}", ReadApi.SEARCH, ReadApi.OPENAPI)) {
            routes.options(path, readApi::preflight);
        }

        // uploaded files, by a name holding their hash: kept for a year
        routes.get("/media/{dir}/{file}", mediaFiles::serve);
        routes.get("/media/r/{sha}/{file}", mediaFiles::rendition);

        // public site, last: Javalin takes the first route that matches, and /{lang} matches /admin too
        routes.get("/", home::root);
        // pages kept as rendered (site/PageCache) until what they show changes or the masthead's minute ends
        routes.get("/{lang}/", cache.cached(home::show));   // a directory: /en redirects here (web/CanonicalPaths)
        routes.get("/{lang}/news", cache.cached(archive::index));
        routes.get("/{lang}/news/page/{page}", cache.cached(archive::path));    // the same pages, shaped like paths
        routes.get("/{lang}/news/type/{type}", cache.cached(archive::path));
        routes.get("/{lang}/news/type/{type}/page/{page}", cache.cached(archive::path));
        routes.get("/{lang}/news/{idSlug}", cache.cached(publication::show));
        // static pages last of all, their slugs never one of the site's own names (page/ReservedSlugs);
        // one route per language, as /{lang}/{slug} would also take /assets/... from the static files
        for (String lang : languages) {
            routes.get("/" + lang + "/{slug}", cache.cached(page::show));
        }
    }
}
