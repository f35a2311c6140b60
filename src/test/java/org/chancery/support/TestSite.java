package org.chancery.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.chancery.App;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.config.Config;
import org.chancery.config.Config.PasswordCost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real application on a random port, with its own throwaway database and a fixed clock.
 * HTTP tests talk to it as a browser would, without following redirects; {@link #browser()}
 * keeps cookies and submits forms, for the press office's pages.
 */
public final class TestSite implements AutoCloseable {
    /** The instant of the seed page: 26 May 2020, 12:57 in Moscow. */
    public static final Instant SEED_INSTANT = Instant.parse("2020-05-26T09:57:00Z");
    /** The password of every user that {@link #addUser} makes. */
    public static final String PASSWORD = "correct horse battery staple";
    /** Argon2id's cheapest parameters, for every test that hashes passwords: these passwords guard nothing. */
    public static final PasswordCost CHEAP_PASSWORDS = new PasswordCost(8, 1);
    /**
     * A test closes its site when nothing is in flight, yet with a grace period Jetty's stop takes about a
     * second once the test's HTTP clients have connected (their idle keep-alive connections); the tests of
     * stopping set their own.
     */
    private static final Duration NO_GRACE = Duration.ZERO;

    private final TestDatabase database;
    private final Config config;
    private App app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSite(TestDatabase database, Config config, App app) {
        this.database = database;
        this.config = config;
        this.app = app;
    }

    /** The sample site on SQLite as of the seed's instant. */
    public static TestSite sample() {
        return start(TestDatabase.sqlite(), SEED_INSTANT, c -> c);
    }

    public static TestSite sampleAt(Instant instant) {
        return start(TestDatabase.sqlite(), instant, c -> c);
    }

    public static TestSite start(TestDatabase db, Instant instant, UnaryOperator<Config> adjust) {
        return start(db, Clock.fixed(instant, ZoneOffset.UTC), adjust);
    }

    /** The sample site on SQLite with a clock the test may move ({@link MutableClock}). */
    public static TestSite sampleWith(Clock clock) {
        return start(TestDatabase.sqlite(), clock, c -> c);
    }

    /** A site whose clock the test may move, such as a {@link MutableClock}. */
    public static TestSite start(TestDatabase db, Clock clock, UnaryOperator<Config> adjust) {
        Config config = Config.of(0, db.dataDir()).withClock(clock).withPasswordCost(CHEAP_PASSWORDS)
                .withShutdownGrace(NO_GRACE);
        if (db.config() != null) {
            config = config.withDatabase(db.config());
        }
        try {
            Config adjusted = adjust.apply(config);
            return new TestSite(db, adjusted, App.create(adjusted).start());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Stops the application and starts a new one on the same database, as a restart of the server would. */
    public void restart() {
        restart(() -> { });
    }

    /** Stops the application, does what must be done while it is down, and starts it again on the same data. */
    public void restart(Runnable whileStopped) {
        app.close();
        whileStopped.run();
        app = App.create(config).start();
    }

    /** Waits until the search index has taken in every change so far (and any rebuild has finished). */
    public TestSite indexed() {
        app.indexer().awaitIdle(Duration.ofSeconds(30));
        return this;
    }

    public App app() {
        return app;
    }

    /** Adds an active user with {@link #PASSWORD}, named after the part of the e-mail before the @. */
    public User addUser(String email, Role role) {
        return app.accounts().users().add(email, email.substring(0, email.indexOf('@')), role, PASSWORD);
    }

    /** A new browser with no cookies. */
    public Browser browser() {
        return new Browser(this);
    }

    /** A new browser signed in as a new user with this e-mail and role. */
    public Browser signedIn(String email, Role role) {
        addUser(email, role);
        return browser().signIn(email);
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a page that must answer {@code status} and returns its parsed HTML. */
    public Document page(String path, int status) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != status) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", expected " + status);
        }
        return Jsoup.parse(response.body(), url(path));
    }

    public Document page(String path) {
        return page(path, 200);
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            database.close();
        }
    }
}
