package org.chancery;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
import org.chancery.editorial.Scheduler;
import org.chancery.home.HomeHandler;
import org.chancery.masthead.MastheadHandler;
import org.chancery.masthead.MastheadService;
import org.chancery.masthead.SettingsRepository;
import org.chancery.menu.MenuHandler;
import org.chancery.menu.MenuService;
import org.chancery.page.PageHandler;
import org.chancery.page.PageService;
import org.chancery.page.PagesAdminHandler;
import org.chancery.publication.BodyRenderer;
import org.chancery.publication.PublicationEvents;
import org.chancery.publication.PublicationHandler;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.PublicationRepository;
import org.chancery.publication.PublicationService;
import org.chancery.sample.SampleSite;
import org.chancery.web.AdminPages;
import org.chancery.web.Auth;
import org.chancery.web.Csrf;
import org.chancery.web.ErrorHandling;
import org.chancery.web.Pages;
import org.chancery.web.ProblemDetails;
import org.chancery.web.Templates;

/**
 * The whole application, wired by hand in {@link #create(Config)}: database, repositories,
 * services, handlers and the HTTP server. Nothing here is static, so tests build as many
 * independent sites as they like.
 */
public final class App implements AutoCloseable {
    public static final List<String> LANGUAGES = List.of("en");

    private final Config config;
    private final Database database;
    private final Accounts accounts;
    private final Javalin server;
    private final Scheduler scheduler;

    private App(Config config, Database database, Accounts accounts, Javalin server, Scheduler scheduler) {
        this.config = config;
        this.database = database;
        this.accounts = accounts;
        this.server = server;
        this.scheduler = scheduler;
    }

    public static App create(Config config) {
        Database db = Database.open(config.database().orElseGet(() -> Database.sqliteIn(config.dataDir())));
        try {
            return wire(config, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static App wire(Config config, Database db) {
        var settings = new SettingsRepository(db.jdbi());
        var publicationRepository = new PublicationRepository(db.jdbi());
        if (config.loadSample()) {
            new SampleSite(db.jdbi(), settings, publicationRepository, config.clock()).loadIntoEmpty();
        }
        var audit = new AuditLog(db.jdbi());
        var masthead = new MastheadService(settings, audit, config.clock());
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        var publications = new PublicationService(new PublicationReads(db.jdbi()), new BodyRenderer(), homeZone);
        var archive = new ArchiveService(new ArchiveQueries(db.jdbi()), publications, homeZone);
        var events = new PublicationEvents();
        events.subscribe(event -> archive.invalidate());
        var editorial = new EditorialService(db.jdbi(), audit, events, Set.copyOf(LANGUAGES), config.clock());
        var json = new ApiJson();
        var templates = new Templates(config.templatesFrom());
        var menu = new MenuService(db.jdbi(), audit, Set.copyOf(LANGUAGES), config.clock());
        var pages = new Pages(templates, masthead, menu, LANGUAGES);
        var accounts = Accounts.on(db.jdbi(), config.clock());
        accounts.sessions().purgeExpired();
        var auth = new Auth(accounts.sessions(), accounts.tokens());
        var admin = new AdminPages(templates, masthead, pages.localizer(pages.defaultLanguage()), auth);
        var reads = new EditorialReads(db.jdbi());
        var handlers = new Routes.Handlers(
                new HomeHandler(publications, pages),
                new PublicationHandler(publications, pages),
                new ArchiveHandler(archive, pages),
                accountHandlers(config, accounts, auth, admin, homeZone),
                new PublicationApi(editorial, reads, accounts.tokens(), json),
                editorHandlers(config, db, editorial, reads, publications, pages, admin, auth, homeZone),
                siteHandlers(config, db, audit, pages, auth, admin, masthead, menu));
        var problems = new ProblemDetails(json.mapper());
        var errors = new ErrorHandling(pages, admin, problems);

        Javalin server = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = config.port();
            c.staticFiles.add("/public", Location.CLASSPATH);
            // The editor posts a publication's whole text as multipart form data; Jetty's own limit is 200 kB.
            c.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize(EditorForm.MAX_FORM_BYTES));
            errors.register(c.routes);
            auth.register(c.routes);
            PublicationApi.registerProblems(c.routes, problems);
            Routes.register(c.routes, handlers);
        });
        return new App(config, db, accounts, server, new Scheduler(editorial, Scheduler.PERIOD));
    }

    private static Routes.Site siteHandlers(Config config, Database db, AuditLog audit, Pages pages, Auth auth,
            AdminPages admin, MastheadService masthead, MenuService menu) {
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        var staticPages = new PageService(db.jdbi(), audit, new BodyRenderer(), Set.copyOf(LANGUAGES), config.clock());
        return new Routes.Site(
                new PageHandler(staticPages, pages),
                new PagesAdminHandler(staticPages, auth, admin, LANGUAGES, homeZone),
                new MenuHandler(menu, auth, admin, LANGUAGES),
                new MastheadHandler(masthead, auth, admin),
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
     * Publishes what fell due while stopped, starts the scheduler, then serves; the port is then
     * known even when the config asked for any free one.
     */
    public App start() {
        scheduler.start();
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

    @Override
    public void close() {
        scheduler.close();
        server.stop();
        database.close();
    }
}
