package org.chancery;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.account.Accounts;
import org.chancery.account.Secrets;
import org.chancery.account.SignInService;
import org.chancery.account.SignInThrottle;
import org.chancery.admin.AdminHomeHandler;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AuditHandler;
import org.chancery.admin.Auth;
import org.chancery.admin.Csrf;
import org.chancery.admin.PasswordHandler;
import org.chancery.admin.SetupHandler;
import org.chancery.admin.SignInHandler;
import org.chancery.admin.UsersHandler;
import org.chancery.api.ApiJson;
import org.chancery.api.MediaApi;
import org.chancery.api.PublicationApi;
import org.chancery.api.ReadApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.archive.ArchiveQueries;
import org.chancery.archive.ArchiveService;
import org.chancery.audit.AuditLog;
import org.chancery.audit.AuditQueries;
import org.chancery.audit.AuditSubjects;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeFollower;
import org.chancery.change.ChangeLog;
import org.chancery.config.Config;
import org.chancery.content.BodyRenderer;
import org.chancery.db.Database;
import org.chancery.db.Dialect;
import org.chancery.editor.EditHandler;
import org.chancery.editor.EditPages;
import org.chancery.editor.EditorForm;
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
import org.chancery.media.MediaFileHandler;
import org.chancery.media.MediaHandler;
import org.chancery.media.MediaLibrary;
import org.chancery.media.MediaStore;
import org.chancery.menu.MenuHandler;
import org.chancery.menu.MenuService;
import org.chancery.ops.Housekeeping;
import org.chancery.ops.Metrics;
import org.chancery.ops.OpsHandler;
import org.chancery.ops.Readiness;
import org.chancery.page.PageHandler;
import org.chancery.page.PageService;
import org.chancery.page.PagesAdminHandler;
import org.chancery.publication.PublicationHandler;
import org.chancery.publication.PublicationMetadata;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.PublicationService;
import org.chancery.sample.SampleSite;
import org.chancery.search.IndexableReads;
import org.chancery.search.Indexer;
import org.chancery.search.SearchHandler;
import org.chancery.search.SearchIndex;
import org.chancery.search.SearchService;
import org.chancery.site.ErrorHandling;
import org.chancery.site.PageCache;
import org.chancery.site.Pages;
import org.chancery.sitemap.SitemapHandler;
import org.chancery.sitemap.SitemapQueries;
import org.chancery.sitemap.SitemapService;
import org.chancery.web.AccessLog;
import org.chancery.web.Assets;
import org.chancery.web.BaseUrl;
import org.chancery.web.CanonicalPaths;
import org.chancery.web.ClientLimits;
import org.chancery.web.Encodings;
import org.chancery.web.HttpCaching;
import org.chancery.web.ProblemDetails;
import org.chancery.web.QueryParams;
import org.chancery.web.RequestFilter;
import org.chancery.web.SecurityHeaders;
import org.chancery.web.Templates;
import org.chancery.web.TrustedProxies;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application, wired by hand in {@link #create(Config)}: database, repositories,
 * services, handlers and the HTTP server. Nothing here is static, so tests build as many
 * independent sites as they like.
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
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
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Housekeeping housekeeping;
    private final MediaLibrary library;
    private final PageCache pageCache;

    private App(Config config, Database database, Accounts accounts, Javalin server, Scheduler scheduler,
            SearchIndex searchIndex, Indexer indexer, ChangeFollower follower, Metrics metrics,
            Housekeeping housekeeping, PageCache pageCache, MediaLibrary library) {
        this.library = library;
        this.config = config;
        this.database = database;
        this.accounts = accounts;
        this.server = server;
        this.scheduler = scheduler;
        this.searchIndex = searchIndex;
        this.indexer = indexer;
        this.follower = follower;
        this.metrics = metrics;
        this.housekeeping = housekeeping;
        this.pageCache = pageCache;
    }

    public static App create(Config config) {
        Database db = Database.open(config.database().orElseGet(() -> Database.sqliteIn(config.dataDir())));
        SearchIndex index = null;
        try {
            index = SearchIndex.open(config.dataDir().resolve(INDEX_DIR), config.languages());
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
        Jdbi jdbi = db.jdbi();
        Clock clock = config.clock();
        List<String> languages = config.languages();
        var settings = new SettingsRepository(jdbi);
        if (config.loadSample()) {
            loadSample(jdbi, db.dialect(), settings, Set.copyOf(languages), clock);
        }
        var audit = new AuditLog(jdbi);
        var events = new ChangeEvents();
        var changes = new ChangeLog(jdbi, db.dialect(), events);
        var masthead = new MastheadService(settings, audit, clock, changes);
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        Function<String, String> missionName = lang -> masthead.settings().missionName(lang);
        var library = new MediaLibrary(jdbi, new MediaStore(config.mediaDirectory()), audit, clock).start();
        var renderer = new BodyRenderer(library::picture);  // the library's pictures with their sizes and widths
        var publicationReads = new PublicationReads(jdbi);
        var publications = new PublicationService(publicationReads, renderer, homeZone);
        var archive = new ArchiveService(new ArchiveQueries(jdbi), publications, homeZone);
        var menu = new MenuService(jdbi, audit, Set.copyOf(languages), clock, changes);
        var indexer = new Indexer(searchIndex, new IndexableReads(jdbi), renderer, homeZone);
        var search = new SearchService(searchIndex, clock, homeZone);
        var editorial = new EditorialService(jdbi, audit, changes, Set.copyOf(languages), clock);
        var staticPages = new PageService(jdbi, audit, renderer, Set.copyOf(languages), clock, changes);
        var encodings = Encodings.available();
        var templates = new Templates(config.templatesFrom());
        var listening = new AtomicReference<Javalin>();  // the port, once known, for links without a base URL
        BaseUrl baseUrl = config.baseUrl().map(BaseUrl::of)
                .orElseGet(() -> BaseUrl.localhost(() -> listening.get().port()));
        var pages = new Pages(templates, masthead, menu, languages, clock, encodings, baseUrl);
        var accounts = Accounts.on(jdbi, clock, config.passwordCost());
        var throttle = new SignInThrottle(jdbi, clock);
        var auth = new Auth(accounts.sessions());
        var admin = new AdminPages(templates, () -> masthead.settings().missionName(),
                pages.localizer(pages.defaultLanguage()), auth);
        var feeds = new FeedService(new FeedQueries(jdbi), renderer, baseUrl, pages::localizer, missionName, clock);
        var sitemap = new SitemapService(new SitemapQueries(jdbi), baseUrl, languages, SitemapService.MAX_URLS);
        var pageCache = pageCache(config, encodings, publicationReads, masthead, menu);
        var metrics = new Metrics();
        // everything this node keeps follows the change log: publishing here and on every other node
        List.of(archive, masthead, menu, indexer, feeds, sitemap, pageCache, metrics).forEach(events::subscribe);
        observe(metrics, changes, searchIndex, indexer, publications, archive, masthead, menu, feeds, sitemap,
                pageCache);
        var json = new ApiJson();
        var editorialReads = new EditorialReads(jdbi);
        var writeApi = new PublicationApi(editorial, editorialReads, accounts.tokens(), json);
        var csrf = new Csrf(new Secrets());
        var editorQueries = new EditorQueries(jdbi);
        var editPages = new EditPages(editorial, editorialReads, editorQueries, admin, pages::localizer,
                new PreviewService(publications, languages, clock), languages, homeZone);
        var scheduler = new Scheduler(editorial, new ScheduleClaim(jdbi, db.dialect()), Scheduler.PERIOD);
        var follower = new ChangeFollower(changes, jdbi, db.dialect());
        var housekeeping = housekeeping(clock, changes, throttle, accounts);
        var routes = new Routes(
                new OpsHandler(new Readiness(db, searchIndex,
                        List.of(scheduler, follower, indexer, housekeeping, library.background())),
                        metrics, config.metricsFrom()),
                new Assets(encodings, clock.instant()), pageCache,
                new SignInHandler(new SignInService(accounts.users(), accounts.sessions(), throttle), auth, csrf,
                        admin, homeZone, clock),
                new SetupHandler(accounts.setup(), accounts.sessions(), auth, csrf, admin),
                new PasswordHandler(accounts.users(), auth, admin), new AdminHomeHandler(auth, admin),
                new UsersHandler(accounts.users(), admin),
                new PublicationListHandler(editorQueries, admin, languages, homeZone),
                new EditHandler(editorial, editPages, auth), new PreviewHandler(editPages, auth),
                new WorkflowHandler(editorial, editPages, auth, homeZone),
                new RevisionsHandler(editorial, editorialReads, editPages, admin, auth, homeZone),
                new PagesAdminHandler(staticPages, auth, admin, languages, homeZone),
                new MastheadHandler(masthead, auth, admin, languages), new MenuHandler(menu, auth, admin, languages),
                new AuditHandler(new AuditQueries(jdbi), new AuditSubjects(jdbi), admin, homeZone),
                new MediaHandler(library, auth, admin, homeZone), new MediaFileHandler(library),
                new MediaApi(library, writeApi, json), writeApi,
                new ReadApi(jdbi, new ReadApi.Sources(publicationReads, renderer, search, languages, homeZone,
                        baseUrl), writeApi, json),
                new SearchHandler(search, pages), new FeedHandler(feeds, pages),
                new SitemapHandler(sitemap, baseUrl, languages),
                new HomeHandler(publications, pages), new ArchiveHandler(archive, pages),
                new PublicationHandler(publications, pages, new PublicationMetadata(baseUrl, missionName,
                        pages::localizer)),
                new PageHandler(staticPages, pages), languages);
        var problems = new ProblemDetails(json.mapper());
        Javalin server = server(config, metrics, encodings, auth, problems, new ErrorHandling(pages, admin, problems),
                routes);
        listening.set(server);
        return new App(config, db, accounts, server, scheduler, searchIndex, indexer, follower, metrics, housekeeping,
                pageCache, library);
    }

    /**
     * Loads the sample site into an empty database, through the editor's own writer, before this
     * node's change log starts (so it begins after the sample's rows, which the index is built from).
     */
    private static void loadSample(Jdbi jdbi, Dialect dialect, SettingsRepository settings, Set<String> languages,
            Clock clock) {
        var changes = new ChangeLog(jdbi, dialect, new ChangeEvents());
        new SampleSite(jdbi, settings, new EditorialService(jdbi, new AuditLog(jdbi), changes, languages, clock), clock)
                .loadIntoEmpty();
    }

    /** The public pages kept as rendered, each with the masthead and menu it was rendered with. */
    private static PageCache pageCache(Config config, Encodings encodings, PublicationReads reads,
            MastheadService masthead, MenuService menu) {
        List<String> languages = config.languages();
        return new PageCache(config.clock(), encodings, reads::related,
                // what every page shows around its content; nothing for a path that is no language's (a 404)
                lang -> languages.contains(lang) ? List.of(masthead.settings(), menu.items(lang)) : List.of(),
                config.pageCache());
    }

    /** Hourly deletes of what is no longer needed; every node runs them, a second run finds nothing. */
    private static Housekeeping housekeeping(Clock clock, ChangeLog changes, SignInThrottle throttle,
            Accounts accounts) {
        return new Housekeeping(List.of(
                new Housekeeping.Chore("change log rows", () -> changes.prune(clock.instant())),
                new Housekeeping.Chore("sign-in failure counts", throttle::purge),
                new Housekeeping.Chore("expired sessions", accounts.sessions()::purgeExpired)));
    }

    /** What the metrics show besides requests and events: how far behind this node is, and its caches. */
    private static void observe(Metrics metrics, ChangeLog changes, SearchIndex searchIndex, Indexer indexer,
            PublicationService publications, ArchiveService archive, MastheadService masthead, MenuService menu,
            FeedService feeds, SitemapService sitemap, PageCache pageCache) {
        metrics.indexLag(() -> changes.last() - changes.position());
        metrics.searchIndexLag(searchIndex.languages(), indexer::queued, lang -> indexer.lag(lang).toNanos() / 1e9);
        metrics.cache("rendered_bodies", publications.bodyCache());
        metrics.cache("archive_counts", archive.countCache());
        metrics.cache("archive_years", archive.yearCache());
        metrics.cache("settings", masthead.cache());
        metrics.cache("menus", menu.cache());
        metrics.cache("feeds", feeds.cache());
        metrics.cache("sitemap", sitemap.cache());
        metrics.cache("pages", pageCache.cache());
    }

    /** The HTTP server: Jetty's limits and graceful stop, the access log, then the filters and the routes. */
    private static Javalin server(Config config, Metrics metrics, Encodings encodings, Auth auth,
            ProblemDetails problems, ErrorHandling errors, Routes routes) {
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.requestLogger.http((ctx, ms) -> {
                metrics.request(RequestFilter.method(ctx), AccessLog.route(ctx), ctx.statusCode(),
                        Duration.ofNanos((long) (ms * 1_000_000)));
                AccessLog.record(ctx, ms, Auth::loggable);
            });
            c.jetty.port = config.port();
            // Slow clients may hold only so much; on stop, refuse new connections and let requests in
            // flight finish within the grace period.
            c.jetty.modifyHttpConfiguration(ClientLimits::apply);
            c.jetty.modifyServer(jetty -> {
                ClientLimits.apply(jetty);
                jetty.setStopTimeout(config.shutdownGrace().toMillis());
                jetty.insertHandler(new GracefulHandler());
            });
            c.appData(TrustedProxies.KEY, TrustedProxies.of(config.trustedProxies()));
            c.http.compressionStrategy = encodings.strategy();
            c.appData(Encodings.KEY, encodings);
            // before routing: 501 for unknown methods, HEAD as GET, Accept-Encoding negotiated once
            c.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new RequestFilter(encodings,
                    took -> metrics.request(Metrics.OTHER_METHOD, "unmatched", 501, took))), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            // a known method that no route of the path takes: 405 with Allow (web/AllowedMethods), not 404
            c.http.prefer405over404 = true;
            // The editor posts a publication's whole text as multipart form data; Jetty's own limit is 200 kB.
            c.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize(EditorForm.MAX_FORM_BYTES));
            // An upload that did not declare its length stops being read past the media library's limit.
            c.jetty.multipartConfig.maxTotalRequestSize(MediaHandler.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            errors.register(c.routes);
            SecurityHeaders.register(c.routes);
            CanonicalPaths.register(c.routes, config.languages());  // first: another spelling goes to the one form
            c.routes.before(QueryParams::refuseControlCharacters);
            auth.register(c.routes);
            HttpCaching.register(c.routes, Auth.ADMIN);
            encodings.register(c.routes);
            PublicationApi.registerProblems(c.routes, problems);
            routes.register(c.routes);
        });
    }

    /**
     * Publishes what fell due while stopped, starts the scheduler, checks the search index (a
     * rebuild, if needed, runs in the background), follows the change log for what other nodes
     * publish, starts the hourly housekeeping, then serves; the port is then known even when
     * the config asked for any free one.
     */
    public App start() {
        scheduler.start();
        indexer.start();
        follower.start();
        housekeeping.start();
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

    /** Deletes old change log rows, sign-in failure counts and sessions every hour. */
    public Housekeeping housekeeping() {
        return housekeeping;
    }

    /** The public pages kept as rendered. */
    public PageCache pageCache() {
        return pageCache;
    }

    /** The search index of each language. */
    public SearchIndex searchIndex() {
        return searchIndex;
    }

    /** Keeps the search index in step with publishing. */
    public Indexer indexer() {
        return indexer;
    }

    /**
     * Stops in order, so nothing is cut short that need not be: the server stops accepting
     * connections and lets requests in flight finish within the grace period; the scheduler
     * finishes its round (and so lets go of its claim, for another node to take over); the change
     * follower stops; the indexer applies what it was given; then the index and the database close.
     * Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        log.info("Shutting down: letting requests in flight finish (up to {} ms), then the scheduler's round",
                config.shutdownGrace().toMillis());
        try {
            server.stop();
        } catch (RuntimeException e) {
            log.warn("Requests still running after the grace period of {} ms were cut off",
                    config.shutdownGrace().toMillis());
        }
        scheduler.close();
        housekeeping.close();
        library.close();
        follower.close();
        indexer.close();
        searchIndex.close();
        database.close();
        metrics.close();
        log.info("Shut down in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
