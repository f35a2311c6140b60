package org.chancery.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.chancery.account.Accounts;
import org.chancery.account.Role;
import org.chancery.admin.Access;
import org.chancery.admin.Auth;
import org.chancery.db.Database;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's side of {@link Auth}: routes under {@code /api} that declare an {@link Access} rule
 * know their user by a bearer token, never by a session cookie, and need no CSRF token.
 */
class ApiAccessTest {
    private static final String PASSWORD = "a long enough password";
    private final HttpClient http = HttpClient.newHttpClient();
    private TestDatabase testDb;
    private Database database;
    private Accounts accounts;
    private Javalin server;

    @BeforeEach
    void start() {
        testDb = TestDatabase.sqlite();
        database = Database.open(testDb.resolved());
        accounts = Accounts.on(database.jdbi(), Clock.systemUTC(), TestSite.CHEAP_PASSWORDS);
        Auth auth = new Auth(accounts.sessions(), accounts.tokens());
        server = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.port = 0;
            c.routes.exception(HttpError.class, (e, ctx) -> ctx.status(e.status()).result(e.messageKey()));
            auth.register(c.routes);
            c.routes.get("/api/v1/whoami", ctx -> ctx.result(auth.user(ctx).email()), Access.AUTHOR);
            c.routes.post("/api/v1/publish", ctx -> ctx.result("published by " + auth.user(ctx).email()), Access.EDITOR);
            c.routes.get("/api/v1/open", ctx -> ctx.result(auth.bearer(ctx).map(u -> u.email()).orElse("anonymous")),
                    Access.ANYONE);
        }).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        database.close();
        testDb.close();
    }

    private HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tokenFor(String email, Role role) {
        accounts.users().add(email, "", role, PASSWORD);
        return accounts.tokens().create(email, "test");
    }

    @Test
    void a_bearer_token_acts_as_its_user() {
        String token = tokenFor("editor@embassy.example", Role.EDITOR);

        HttpResponse<String> response = send("GET", "/api/v1/whoami", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("editor@embassy.example");
    }

    @Test
    void an_api_write_needs_no_csrf_token_but_the_role() {
        String editor = tokenFor("editor@embassy.example", Role.EDITOR);
        String author = tokenFor("author@embassy.example", Role.AUTHOR);

        assertThat(send("POST", "/api/v1/publish", "Authorization", "Bearer " + editor).body())
                .isEqualTo("published by editor@embassy.example");
        assertThat(send("POST", "/api/v1/publish", "Authorization", "Bearer " + author).statusCode()).isEqualTo(403);
    }

    @Test
    void no_wrong_or_revoked_token_is_a_401_that_asks_for_a_bearer_token() {
        String token = tokenFor("editor@embassy.example", Role.EDITOR);
        accounts.tokens().revoke(accounts.tokens().list().get(0).id());

        for (String[] headers : new String[][] {{}, {"Authorization", "Bearer chy_wrong"},
            {"Authorization", "Bearer " + token}, {"Authorization", "Basic ZWRpdG9yOnB3"}}) {
            HttpResponse<String> response = send("GET", "/api/v1/whoami", headers);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void a_session_cookie_does_not_authenticate_the_api() {
        accounts.users().add("editor@embassy.example", "", Role.EDITOR, PASSWORD);
        String session = accounts.sessions().start(accounts.users().byEmail("editor@embassy.example").orElseThrow()).token();

        HttpResponse<String> response = send("GET", "/api/v1/whoami", "Cookie", Auth.SESSION_COOKIE + "=" + session);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_users_token_is_refused() {
        String token = tokenFor("editor@embassy.example", Role.EDITOR);
        accounts.users().disable("editor@embassy.example");

        assertThat(send("GET", "/api/v1/whoami", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void an_open_route_may_still_ask_who_is_calling() {
        String token = tokenFor("author@embassy.example", Role.AUTHOR);

        assertThat(send("GET", "/api/v1/open").body()).isEqualTo("anonymous");
        assertThat(send("GET", "/api/v1/open", "Authorization", "bearer " + token).body())
                .isEqualTo("author@embassy.example");
    }
}
