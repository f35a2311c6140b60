package org.chancery;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.chancery.admin.Access;
import org.chancery.admin.AccountHandlers;
import org.chancery.admin.AuditHandler;
import org.chancery.api.MediaApi;
import org.chancery.api.PublicationApi;
import org.chancery.api.ReadApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.editor.EditorHandlers;
import org.chancery.editor.EditorPaths;
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
 * {@link Access} rule beside the route ({@code web/Auth} enforces it); the write API under
 * {@code /api} takes a bearer token on every request and its role rules are noted per route;
 * public pages are open to everyone and live under a language prefix, registered last.
 */
final class Routes {
    private Routes() {
    }

    record Handlers(HomeHandler home, PublicationHandler publication, ArchiveHandler archive,
            AccountHandlers account, PublicationApi api, EditorHandlers editor, Site site, Findability find,
            OpsHandler ops, PageCache cache, Assets assets, Media media) {
    }

    /** Uploaded images and PDFs: the press office's library, the files as readers get them, the API's upload. */
    record Media(MediaHandler library, MediaFileHandler files, MediaApi api) {
    }

    /** The press office's pages that shape the site around the publications. */
    record Site(PageHandler page, PagesAdminHandler pages, MenuHandler menu, MastheadHandler masthead,
            AuditHandler audit) {
    }

    /** How readers and their tools find publications: search, feeds, sitemap and the read API. */
    record Findability(SearchHandler search, FeedHandler feeds, SitemapHandler sitemap, ReadApi readApi) {
    }

    static void register(RoutesConfig routes, Handlers h, List<String> languages) {
        // operations: /metrics only from the configured addresses
        routes.get("/healthz", h.ops()::healthz);
        routes.get("/readyz", h.ops()::readyz);
        routes.get("/metrics", h.ops()::metrics);
        // stylesheets and scripts: /assets/site.<hash>.css for a year, /assets/site.css briefly
        routes.get("/assets/{file}", h.assets()::serve);

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

        // press office: the editor; EditorialService also decides per publication (an author edits their own drafts)
        EditorHandlers e = h.editor();
        String pubs = EditorPaths.LIST;
        routes.get(pubs, e.list()::index, Access.AUTHOR);
        routes.get(EditorPaths.NEW, e.edit()::blank, Access.AUTHOR);
        routes.post(pubs, e.edit()::create, Access.AUTHOR);
        routes.post(EditorPaths.PREVIEW, e.preview()::preview, Access.AUTHOR);           // saves nothing
        routes.get(pubs + "/{id}/edit", e.edit()::edit, Access.AUTHOR);                   // read-only where not theirs
        routes.post(pubs + "/{id}", e.edit()::save, Access.AUTHOR);
        routes.post(pubs + "/{id}/translate", e.edit()::translate, Access.AUTHOR);         // a draft in another language
        routes.post(pubs + "/{id}/submit", e.workflow()::submit, Access.AUTHOR);
        routes.post(pubs + "/{id}/publish", e.workflow()::publish, Access.EDITOR);         // not the submitter
        routes.post(pubs + "/{id}/force-publish", e.workflow()::forcePublish, Access.EDITOR);
        routes.post(pubs + "/{id}/approve", e.workflow()::approve, Access.EDITOR);         // not who forced it
        routes.post(pubs + "/{id}/schedule", e.workflow()::schedule, Access.EDITOR);       // not the submitter
        routes.post(pubs + "/{id}/withdraw", e.workflow()::withdraw, Access.EDITOR);
        routes.post(pubs + "/{id}/unpublish", e.workflow()::unpublish, Access.EDITOR);
        routes.get(pubs + "/{id}/revisions", e.revisions()::index, Access.AUTHOR);
        routes.post(pubs + "/{id}/revisions/{number}/restore", e.revisions()::restore, Access.AUTHOR);

        // press office: the site around the publications
        Site s = h.site();
        routes.get("/admin/pages", s.pages()::index, Access.EDITOR);
        routes.post("/admin/pages", s.pages()::create, Access.EDITOR);
        routes.get("/admin/pages/new", s.pages()::newForm, Access.EDITOR);
        routes.get("/admin/pages/{id}", s.pages()::edit, Access.EDITOR);
        routes.post("/admin/pages/{id}", s.pages()::update, Access.EDITOR);
        routes.get("/admin/pages/{id}/delete", s.pages()::confirmDelete, Access.EDITOR);
        routes.post("/admin/pages/{id}/delete", s.pages()::delete, Access.EDITOR);
        routes.get("/admin/masthead", s.masthead()::form, Access.EDITOR);
        routes.post("/admin/masthead", s.masthead()::save, Access.EDITOR);
        routes.get("/admin/menu", s.menu()::form, Access.ADMIN);
        routes.post("/admin/menu", s.menu()::save, Access.ADMIN);
        routes.get("/admin/audit", s.audit()::index, Access.ADMIN);

        // press office: the media library; an upload declaring more than the limit is refused before it is read
        Media m = h.media();
        routes.before(MediaHandler.PATH, m.library()::refuseOversized);
        routes.get(MediaHandler.PATH, m.library()::index, Access.AUTHOR);
        routes.post(MediaHandler.PATH, m.library()::upload, Access.AUTHOR);
        routes.post(MediaHandler.PATH + "/{id}/delete", m.library()::delete, Access.EDITOR);

        // last of the press office's routes: any other address under /admin is not found, rather than
        // reaching a public route such as /{lang}/news without an access rule
        routes.get("/admin/<rest>", ctx -> {
            throw HttpError.notFound();
        }, Access.ANYONE);

        // write API: JSON, every request with "Authorization: Bearer <token>" of an active user (else 401);
        // the role rules (403) are EditorialService's, noted here per route
        String api = PublicationApi.BASE;
        routes.post(api, h.api()::create);                         // author, editor, admin
        routes.get(api + "/{id}", h.find().readApi()::show);       // anyone: as readers see it; with a token, any state
        routes.get(api + "/{id}/revisions", h.api()::revisions);   // author, editor, admin
        routes.patch(api + "/{id}", h.api()::update);              // author: own draft or submitted; editor, admin: any
        routes.post(api + "/{id}/submit", h.api()::submit);        // author: own; editor, admin: any
        routes.post(api + "/{id}/publish", h.api()::publish);      // editor, admin; not the submitter unless forced
        routes.post(api + "/{id}/schedule", h.api()::schedule);    // editor, admin; not the submitter
        routes.post(api + "/{id}/withdraw", h.api()::withdraw);    // editor, admin
        routes.post(api + "/{id}/unpublish", h.api()::unpublish);  // editor, admin
        routes.post(api + "/{id}/approve", h.api()::approve);      // editor, admin; not who force-published
        routes.post(MediaApi.BASE, m.api()::create);               // author, editor, admin: the body is the file

        // finding publications, open to everyone; before the public pages, whose /{lang}/... would match them too
        Findability f = h.find();
        routes.get("/robots.txt", f.sitemap()::robots);
        routes.get("/sitemap.xml", f.sitemap()::root);
        routes.get("/sitemaps/{file}", f.sitemap()::file);            // 1.xml, 2.xml, ... on a site too large for one file
        routes.get("/{lang}/search", f.search()::page);
        routes.get("/{lang}/feed.xml", f.feeds()::rss);
        routes.get("/{lang}/atom.xml", f.feeds()::atom);
        routes.get("/{lang}/feed/{file}", f.feeds()::rssOfType);     // interview.xml, statement.xml, ...
        routes.get("/{lang}/atom/{file}", f.feeds()::atomOfType);
        // read API: JSON, no token; ETags, and cross-origin GETs allowed (the preflights below)
        routes.get(PublicationApi.BASE, f.readApi()::list);
        routes.get(ReadApi.SEARCH, f.readApi()::search);
        routes.get(ReadApi.OPENAPI, f.readApi()::openApi);
        for (String path : List.of(PublicationApi.BASE, PublicationApi.BASE + "/{id}", ReadApi.SEARCH, ReadApi.OPENAPI)) {
            routes.options(path, f.readApi()::preflight);
        }

        // uploaded files, by a name holding their hash: kept for a year
        routes.get("/media/{dir}/{file}", m.files()::serve);

        // public site, last: Javalin takes the first route that matches, and /{lang} matches /admin too
        routes.get("/", h.home()::root);
        // pages kept as rendered (web/PageCache) until what they show changes or the masthead's minute ends
        PageCache c = h.cache();
        routes.get("/{lang}", c.cached(h.home()::show));
        routes.get("/{lang}/news", c.cached(h.archive()::index));
        routes.get("/{lang}/news/page/{page}", c.cached(h.archive()::path));    // the same pages, shaped like paths
        routes.get("/{lang}/news/type/{type}", c.cached(h.archive()::path));
        routes.get("/{lang}/news/type/{type}/page/{page}", c.cached(h.archive()::path));
        routes.get("/{lang}/news/{idSlug}", c.cached(h.publication()::show));
        // static pages last of all, their slugs never one of the site's own names (page/ReservedSlugs);
        // one route per language, as /{lang}/{slug} would also take /assets/... from the static files
        for (String lang : languages) {
            routes.get("/" + lang + "/{slug}", c.cached(s.page()::show));
        }
    }
}
