package org.chancery;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.chancery.account.Secrets;
import org.chancery.account.TokenService;
import org.chancery.account.UserRepository;
import org.chancery.api.ApiJson;
import org.chancery.api.PublicationApi;
import org.chancery.archive.ArchiveHandler;
import org.chancery.archive.ArchiveQueries;
import org.chancery.archive.ArchiveService;
import org.chancery.audit.AuditLog;
import org.chancery.db.Database;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.editorial.Scheduler;
import org.chancery.home.HomeHandler;
import org.chancery.masthead.MastheadService;
import org.chancery.masthead.SettingsRepository;
import org.chancery.publication.BodyRenderer;
import org.chancery.publication.PublicationEvents;
import org.chancery.publication.PublicationHandler;
import org.chancery.publication.PublicationReads;
import org.chancery.publication.PublicationRepository;
import org.chancery.publication.PublicationService;
import org.chancery.sample.SampleSite;
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
    private final Javalin server;
    private final Scheduler scheduler;

    private App(Config config, Database database, Javalin server, Scheduler scheduler) {
        this.config = config;
        this.database = database;
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
        var masthead = new MastheadService(settings, config.clock());
        Supplier<ZoneId> homeZone = () -> masthead.settings().homeZone();
        var publications = new PublicationService(new PublicationReads(db.jdbi()), new BodyRenderer(), homeZone);
        var archive = new ArchiveService(new ArchiveQueries(db.jdbi()), publications, homeZone);
        var events = new PublicationEvents();
        events.subscribe(event -> archive.invalidate());
        var editorial = new EditorialService(db.jdbi(), new AuditLog(db.jdbi()), events, Set.copyOf(LANGUAGES),
                config.clock());
        var tokens = new TokenService(db.jdbi(), new UserRepository(db.jdbi()), new Secrets(), config.clock());
        var json = new ApiJson();
        var pages = new Pages(new Templates(config.templatesFrom()), masthead, LANGUAGES);
        var handlers = new Routes.Handlers(
                new HomeHandler(publications, pages),
                new PublicationHandler(publications, pages),
                new ArchiveHandler(archive, pages),
                new PublicationApi(editorial, new EditorialReads(db.jdbi()), tokens, json));
        var problems = new ProblemDetails(json.mapper());
        var errors = new ErrorHandling(pages, problems);

        Javalin server = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = config.port();
            c.staticFiles.add("/public", Location.CLASSPATH);
            errors.register(c.routes);
            PublicationApi.registerProblems(c.routes, problems);
            Routes.register(c.routes, handlers);
        });
        return new App(config, db, server, new Scheduler(editorial, Scheduler.PERIOD));
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
