package org.chancery;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.chancery.account.AccountHandlers;
import org.chancery.account.Accounts;
import org.chancery.account.AdminHomeHandler;
import org.chancery.account.PasswordHandler;
import org.chancery.account.Secrets;
import org.chancery.account.SetupHandler;
import org.chancery.account.SignInHandler;
import org.chancery.account.SignInService;
import org.chancery.account.SignInThrottle;
import org.chancery.account.UsersHandler;
import org.chancery.api.ApiJson;
import org.chancery.api.PublicationApi;
import org.chancery.api.ReadApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.archive.ArchiveQueries;
import org.chancery.archive.ArchiveService;
import org.chancery.audit.AuditHandler;
import org.chancery.audit.AuditLog;
import org.chancery.audit.AuditQueries;
import org.chancery.audit.AuditSubjects;
import org.chancery.db.Database;
import org.chancery.editor.EditHandler;
import org.chancery.editor.EditPages;
import org.chancery.editor.EditorForm;
import org.chancery.editor.EditorHandlers;
import org.chancery.editor.EditorQueries;
import org.chancery.editor.PreviewHandler;
import org.chancery.editor.PreviewService;
import org.chancery.editor.PublicationListHandler;
import org.chancery.editor.RevisionsHandler;
import org.chancery.editor.WorkflowHandler;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.editorial.ScheduleClaim;
import org.chancery.editorial.Scheduler;
import org.chancery.feed.FeedHandler;
import org.chancery.feed.FeedQueries;
import org.chancery.feed.FeedService;
import org.chancery.home.HomeHandler;
import org.chancery.masthead.MastheadHandler;
import org.chancery.masthead.MastheadService;
import org.chancery.masthead.SettingsRepository;
import org.chancery.menu.MenuHandler;
import org.chancery.menu.MenuService;
import org.chancery.ops.Metrics;
import org.chancery.ops.OpsHandler;
import org.chancery.ops.Readiness;
import org.chancery.page.PageHandler;
import org.chancery.page.PageService;
import org.chancery.page.PagesAdminHandler;
import org.chancery.publication.BodyRenderer;
import org.chancery.publication.ChangeFollower;
import org.chancery.publication.ChangeLog;
import org.chancery.publication.PublicationEvents;
import org.chancery.publication.PublicationHandler;
import org.chancery.publication.PublicationMetadata;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.PublicationRepository;
import org.chancery.publication.PublicationService;
import org.chancery.sample.SampleSite;
import org.chancery.search.IndexableReads;
import org.chancery.search.Indexer;
import org.chancery.search.SearchHandler;
import org.chancery.search.SearchIndex;
import org.chancery.search.SearchService;
import org.chancery.sitemap.SitemapHandler;
import org.chancery.sitemap.SitemapQueries;
import org.chancery.sitemap.SitemapService;
import org.chancery.web.AccessLog;
import org.chancery.web.AdminPages;
import org.chancery.web.Assets;
import org.chancery.web.Auth;
import org.chancery.web.BaseUrl;
import org.chancery.web.Csrf;
import org.chancery.web.Encodings;
import org.chancery.web.ErrorHandling;
import org.chancery.web.HttpCaching;
import org.chancery.web.PageCache;
import org.chancery.web.Pages;
import org.chancery.web.ProblemDetails;
import org.chancery.web.Templates;

/**
 * The whole application, wired by hand in {@link #create(Config)}: database, repositories,
 * services, handlers and the HTTP server. Nothing here is static, so tests build as many
 * independent sites as they like.
 */
public final class App implements AutoCloseable {
    public static final List<String> LANGUAGES = List.of("en", "ru");
    /** The search index's directory inside the data directory. */
    public static final String INDEX_DIR = "index";

    private final Config config;
    private final Database database;
    private final Accounts accounts;
    private final Javalin server;
    private final Scheduler scheduler;
    private final SearchIndex searchIndex;
    private final Indexer indexer;
    private final ChangeFollower follower;
    private final Metrics metrics;
    private final PageCache pageCache;

    private App(Config config, Database database, Accounts accounts, Javalin server, Scheduler scheduler,
            SearchIndex searchIndex, Indexer indexer, ChangeFollower follower, Metrics metrics, PageCache pageCache) {
        this.config = config;
        this.database = database;
        this.accounts = accounts;
        this.server = server;
        this.scheduler = scheduler;
        this.searchIndex = searchIndex;
        this.indexer = indexer;
        this.follower = follower;
        this.metrics = metrics;
        this.pageCache = pageCache;
    }

    public static App create(Config config) {
        Database db = Database.open(config.database().orElseGet(() -> Database.sqliteIn(config.dataDir())));
        SearchIndex index = null;
        try {
            index = SearchIndex.open(config.dataDir().resolve(INDEX_DIR), LANGUAGES);
            return wire(config, db, index);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            db.close();
            throw e;
        }
    }

    private static App wire(Config config, Database db, SearchIndex searchIndex) {
        var settings = new SettingsRepository(db.jdbi());
        var publicationRepository = new PublicationRepository(db.jdbi());
        if (config.loadSample()) {
            new SampleSite(db.jdbi(), settings, publicationRepository, config.clock()).loadIntoEmpty();
        }
        var audit = new AuditLog(db.jdbi());
        var masthead = new MastheadService(settings, audit, config.clock());
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        var renderer = new BodyRenderer();
        var publications = new PublicationService(new PublicationReads(db.jdbi()), renderer, homeZone);
        var archive = new ArchiveService(new ArchiveQueries(db.jdbi()), publications, homeZone);
        var events = new PublicationEvents();
        var changes = new ChangeLog(db.jdbi(), db.dialect(), events);
        var metrics = new Metrics();
        events.subscribe(metrics::event);
        metrics.indexLag(() -> changes.last() - changes.position());
        metrics.cache("rendered_bodies", publications.bodyCache());
        events.subscribe(event -> archive.invalidate());
        var indexer = new Indexer(searchIndex, new IndexableReads(db.jdbi()), renderer, homeZone);
        events.subscribe(indexer::follow);
        var search = new SearchService(searchIndex, config.clock(), homeZone);
        var editorial = new EditorialService(db.jdbi(), audit, changes, Set.copyOf(LANGUAGES), config.clock());
        var json = new ApiJson();
        var templates = new Templates(config.templatesFrom());
        var menu = new MenuService(db.jdbi(), audit, Set.copyOf(LANGUAGES), config.clock());
        var encodings = Encodings.available();
        var pages = new Pages(templates, masthead, menu, LANGUAGES, config.clock(), encodings);
        var accounts = Accounts.on(db.jdbi(), config.clock());
        accounts.sessions().purgeExpired();
        var auth = new Auth(accounts.sessions(), accounts.tokens());
        var admin = new AdminPages(templates, masthead, pages.localizer(pages.defaultLanguage()), auth);
        var reads = new EditorialReads(db.jdbi());
        var listening = new AtomicReference<Javalin>();
        BaseUrl baseUrl = config.baseUrl().map(BaseUrl::of)
                .orElseGet(() -> BaseUrl.localhost(() -> listening.get().port()));
        Supplier<String> missionName = () -> masthead.settings().missionName();
        var feeds = new FeedService(new FeedQueries(db.jdbi()), renderer, baseUrl, pages::localizer, missionName,
                config.clock());
        events.subscribe(event -> feeds.invalidate());
        var pageCache = new PageCache(config.clock(), encodings, new PublicationReads(db.jdbi())::related,
                // what every page shows around its content; nothing for a path that is no language's (a 404)
                lang -> LANGUAGES.contains(lang) ? List.of(masthead.settings(), menu.items(lang)) : List.of(),
                config.pageCache());
        events.subscribe(pageCache::follow);
        metrics.cache("pages", pageCache.cache());
        var sitemap = new SitemapService(new SitemapQueries(db.jdbi()), baseUrl, LANGUAGES, SitemapService.MAX_URLS);
        events.subscribe(event -> sitemap.invalidate());
        var writeApi = new PublicationApi(editorial, reads, accounts.tokens(), json);
        var readApi = new ReadApi(db.jdbi(), new ReadApi.Sources(new PublicationReads(db.jdbi()), renderer, search,
                LANGUAGES, homeZone, baseUrl), writeApi, json);
        var metadata = new PublicationMetadata(baseUrl, missionName, pages::localizer);
        var handlers = new Routes.Handlers(
                new HomeHandler(publications, pages),
                new PublicationHandler(publications, pages, metadata),
                new ArchiveHandler(archive, pages),
                accountHandlers(config, accounts, auth, admin, homeZone),
                writeApi,
                editorHandlers(config, db, editorial, reads, publications, pages, admin, auth, homeZone),
                siteHandlers(config, db, audit, pages, auth, admin, masthead, menu, () -> {
                    sitemap.invalidate();
                    pageCache.staticPagesChanged();
                }),
                new Routes.Findability(new SearchHandler(search, pages), new FeedHandler(feeds, pages),
                        new SitemapHandler(sitemap, baseUrl, LANGUAGES), readApi),
                new OpsHandler(new Readiness(db, searchIndex), metrics, config.metricsFrom()),
                pageCache, new Assets(encodings, config.clock().instant()));
        var problems = new ProblemDetails(json.mapper());
        var errors = new ErrorHandling(pages, admin, problems);

        Javalin server = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.requestLogger.http((ctx, ms) -> {
                metrics.request(ctx.method().name(), AccessLog.route(ctx), ctx.statusCode(),
                        Duration.ofNanos((long) (ms * 1_000_000)));
                AccessLog.record(ctx, ms);
            });
            c.jetty.port = config.port();
            c.http.compressionStrategy = encodings.strategy();
            c.staticFiles.add("/public", Location.CLASSPATH);
            // The editor posts a publication's whole text as multipart form data; Jetty's own limit is 200 kB.
            c.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize(EditorForm.MAX_FORM_BYTES));
            errors.register(c.routes);
            auth.register(c.routes);
            HttpCaching.register(c.routes);
            PublicationApi.registerProblems(c.routes, problems);
            Routes.register(c.routes, handlers);
        });
        listening.set(server);
        var scheduler = new Scheduler(editorial, new ScheduleClaim(db.jdbi(), db.dialect()), Scheduler.PERIOD);
        return new App(config, db, accounts, server, scheduler, searchIndex, indexer,
                new ChangeFollower(changes, db.jdbi(), db.dialect()), metrics, pageCache);
    }

    private static Routes.Site siteHandlers(Config config, Database db, AuditLog audit, Pages pages, Auth auth,
            AdminPages admin, MastheadService masthead, MenuService menu, Runnable pagesChanged) {
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        var staticPages = new PageService(db.jdbi(), audit, new BodyRenderer(), Set.copyOf(LANGUAGES), config.clock(),
                pagesChanged);
        return new Routes.Site(
                new PageHandler(staticPages, pages),
                new PagesAdminHandler(staticPages, auth, admin, LANGUAGES, homeZone),
                new MenuHandler(menu, auth, admin, LANGUAGES),
                new MastheadHandler(masthead, auth, admin, LANGUAGES),
                new AuditHandler(new AuditQueries(db.jdbi()), new AuditSubjects(db.jdbi()), admin, homeZone));
    }

    private static AccountHandlers accountHandlers(Config config, Accounts accounts, Auth auth, AdminPages admin,
            Supplier<ZoneId> homeZone) {
        var csrf = new Csrf(new Secrets());
        var signIn = new SignInService(accounts.users(), accounts.sessions(), new SignInThrottle(config.clock()));
        return new AccountHandlers(
                new SignInHandler(signIn, auth, csrf, admin, homeZone, config.clock()),
                new SetupHandler(accounts.setup(), accounts.sessions(), auth, csrf, admin),
                new PasswordHandler(accounts.users(), auth, admin),
                new AdminHomeHandler(auth, admin),
                new UsersHandler(accounts.users(), admin));
    }

    private static EditorHandlers editorHandlers(Config config, Database db, EditorialService editorial,
            EditorialReads reads, PublicationService publications, Pages pages, AdminPages admin, Auth auth,
            Supplier<ZoneId> homeZone) {
        var queries = new EditorQueries(db.jdbi());
        var previews = new PreviewService(publications, LANGUAGES, config.clock());
        var editPages = new EditPages(editorial, reads, queries, admin, pages::localizer, previews, LANGUAGES, homeZone);
        return new EditorHandlers(
                new PublicationListHandler(queries, admin, LANGUAGES, homeZone),
                new EditHandler(editorial, editPages, auth),
                new PreviewHandler(editPages, auth),
                new WorkflowHandler(editorial, editPages, auth, homeZone),
                new RevisionsHandler(editorial, reads, editPages, admin, auth, homeZone));
    }

    /**
     * Publishes what fell due while stopped, starts the scheduler, checks the search index (a
     * rebuild, if needed, runs in the background), follows the change log for what other nodes
     * publish, then serves; the port is then known even when
     * the config asked for any free one.
     */
    public App start() {
        scheduler.start();
        indexer.start();
        follower.start();
        server.start();
        return this;
    }

    public int port() {
        return server.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    /** The users, sessions, API tokens and setup links of this site's database. */
    public Accounts accounts() {
        return accounts;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The public pages kept as rendered. */
    public PageCache pageCache() {
        return pageCache;
    }

    /** Keeps the search index in step with publishing. */
    public Indexer indexer() {
        return indexer;
    }

    @Override
    public void close() {
        scheduler.close();
        server.stop();
        follower.close();
        indexer.close();
        searchIndex.close();
        database.close();
        metrics.close();
    }
}
