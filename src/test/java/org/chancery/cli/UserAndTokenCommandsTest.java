package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chancery.account.Accounts;
import org.chancery.account.Role;
import org.chancery.account.SessionService.Session;
import org.chancery.account.TokenService;
import org.chancery.account.User;
import org.chancery.audit.AuditLog;
import org.chancery.db.Database;
import org.chancery.support.Browser;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code chancery user ...} and {@code chancery token ...} end to end on a temporary data directory. */
class UserAndTokenCommandsTest {
    private static final String PASSWORD = "a long enough password";
    private final TestDatabase db = TestDatabase.sqlite();
    private final String dir = db.dataDir().toString();

    @AfterEach
    void removeDir() {
        db.close();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String stdin, boolean terminal, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var environment = new Environment(env, new BufferedReader(new StringReader(stdin)), terminal,
                Optional::empty);
        int exit = Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String stdin, String... args) {
        return run(stdin, false, Map.of(), args);
    }

    private Run ok(String stdin, String... args) {
        Run run = run(stdin, args);
        assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    private <T> T withAccounts(Function<Accounts, T> work) {
        try (Database database = Database.open(db.resolved())) {
            return work.apply(Accounts.on(database.jdbi(), Clock.systemUTC(), TestSite.CHEAP_PASSWORDS));
        }
    }

    @Test
    void user_add_takes_the_password_from_the_first_line_of_standard_input() {
        Run run = ok(PASSWORD + "\nignored\n", "user", "add", "Editor@Embassy.example", "--role", "editor",
                "--name", "Maria Z", "--data", dir);

        assertThat(run.out()).isEqualTo("Added editor editor@embassy.example\n").doesNotContain(PASSWORD);
        Optional<User> user = withAccounts(a -> a.users().authenticate("editor@embassy.example", PASSWORD));
        assertThat(user).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Maria Z"));
    }

    @Test
    void user_add_without_a_password_on_standard_input_generates_one_and_prints_it_once() {
        Run run = ok("", "user", "add", "admin@embassy.example", "--role", "ADMIN", "--data", dir);

        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("Added admin admin@embassy.example");
        assertThat(lines[1]).matches("Password \\(shown only this once\\): [a-z2-9]{5}(-[a-z2-9]{5}){3}");
        String password = lines[1].substring(lines[1].lastIndexOf(' ') + 1);
        Optional<User> user = withAccounts(a -> a.users().authenticate("admin@embassy.example", password));
        assertThat(user).isPresent();
    }

    @Test
    void user_add_at_a_terminal_does_not_wait_for_input_but_generates_a_password() {
        Run run = run("typed by nobody\n", true, Map.of(), "user", "add", "author@embassy.example", "--role", "author",
                "--data", dir);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Password (shown only this once): ");
    }

    @Test
    void user_add_refuses_a_bad_address_or_short_password_in_one_line_and_writes_nothing() {
        Run badEmail = run(PASSWORD, "user", "add", "not-an-address", "--role", "editor", "--data", dir);
        Run shortPassword = run("short\n", "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);

        assertThat(badEmail.exit()).isEqualTo(1);
        assertThat(badEmail.err()).isEqualTo("chancery: 'not-an-address' is not an e-mail address\n");
        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.err()).isEqualTo("chancery: a password needs at least 12 characters\n");
        assertThat(badEmail.out() + shortPassword.out()).isEmpty();
        assertThat(Path.of(dir, Database.SQLITE_FILE)).doesNotExist();
    }

    @Test
    void user_and_token_commands_refuse_a_control_character_in_one_line_naming_the_field() {
        Run badName = run(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--name",
                "Ed\u0001", "--data", dir);
        Run badEmail = run(PASSWORD, "user", "add", "ed\u0000@embassy.example", "--role", "editor", "--data", dir);
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);
        Run badLabel = run("", "token", "create", "editor@embassy.example", "--name", "script\u001b", "--data", dir);
        Run nulUser = run("", "user", "disable", "editor\u0000@embassy.example", "--data", dir);

        assertThat(badName.exit()).isEqualTo(1);
        assertThat(badName.err()).isEqualTo("chancery: 'name' holds a control character (U+0001) at position 3:"
                + " only tab, line feed and carriage return are allowed\n");
        assertThat(badEmail.exit()).isEqualTo(1);
        assertThat(badEmail.err()).startsWith("chancery: 'email' holds a control character (U+0000)");
        assertThat(badLabel.exit()).isEqualTo(1);
        assertThat(badLabel.err()).startsWith("chancery: 'name' holds a control character (U+001B)");
        assertThat(nulUser.exit()).isEqualTo(1);
        assertThat(nulUser.err()).startsWith("chancery: 'email' holds a control character (U+0000)");
        List<User> users = withAccounts(a -> a.users().list());
        List<TokenService.TokenInfo> tokens = withAccounts(a -> a.tokens().list());
        assertThat(users).extracting(User::email).containsExactly("editor@embassy.example");
        assertThat(tokens).isEmpty();
    }

    @Test
    void user_add_refuses_an_address_already_taken() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);

        Run again = run(PASSWORD, "user", "add", "EDITOR@embassy.example", "--role", "admin", "--data", dir);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("chancery: a user with e-mail editor@embassy.example already exists\n");
        List<User> users = withAccounts(a -> a.users().list());
        assertThat(users).extracting(User::role).containsExactly(Role.EDITOR);
    }

    @Test
    void an_unknown_or_missing_role_is_a_usage_error() {
        Run unknown = run(PASSWORD, "user", "add", "editor@embassy.example", "--role", "boss", "--data", dir);
        Run missing = run(PASSWORD, "user", "add", "editor@embassy.example", "--data", dir);

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().lines()).singleElement().asString().contains("boss").contains("AUTHOR, EDITOR, ADMIN");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("--role");
    }

    @Test
    void help_lists_the_user_and_token_commands_and_their_data_option() {
        assertThat(ok("", "--help").out()).contains("user", "token");
        assertThat(ok("", "user", "--help").out()).contains("add", "list", "disable");
        assertThat(ok("", "user", "add", "--help").out()).contains("--role", "--name", "--data", "standard input");
        assertThat(ok("", "token", "--help").out()).contains("create", "list", "revoke");
        assertThat(ok("", "token", "revoke", "--help").out()).contains("--data");
    }

    @Test
    void user_without_a_subcommand_is_a_usage_error() {
        Run run = run("", "user");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("chancery: ");
    }

    @Test
    void user_list_prints_a_table_of_everyone() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--name", "Maria Z", "--data", dir);
        ok(PASSWORD, "user", "add", "a@embassy.example", "--role", "author", "--data", dir);
        ok("", "user", "disable", "a@embassy.example", "--data", dir);

        Run run = ok("", "user", "list", "--data", dir);

        assertThat(run.out()).isEqualTo("""
                EMAIL                   NAME     ROLE    DISABLED
                a@embassy.example                author  yes
                editor@embassy.example  Maria Z  editor  no
                """);
    }

    @Test
    void user_disable_ends_the_users_sessions_and_tokens() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);
        String token = ok("", "token", "create", "editor@embassy.example", "--data", dir).out().strip();
        String session = withAccounts(a -> a.sessions().start(a.users().byEmail("editor@embassy.example").orElseThrow())
                .token());

        Run run = ok("", "user", "disable", "Editor@embassy.example", "--data", dir);

        assertThat(run.out()).isEqualTo(
                "Disabled editor@embassy.example: their sessions have ended and their API tokens no longer work\n");
        Optional<Session> found = withAccounts(a -> a.sessions().find(session));
        Optional<User> tokenUser = withAccounts(a -> a.tokens().authenticate(token));
        assertThat(found).isEmpty();
        assertThat(tokenUser).isEmpty();
        assertThat(run("", "user", "disable", "nobody@embassy.example", "--data", dir).err())
                .isEqualTo("chancery: no user with e-mail nobody@embassy.example\n");
    }

    @Test
    void token_create_prints_the_token_alone_and_only_its_digest_is_kept() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);

        Run run = ok("", "token", "create", "editor@embassy.example", "--name", "newsroom script", "--data", dir);

        String token = run.out().strip();
        assertThat(run.out().lines()).singleElement().asString().matches("chy_[A-Za-z0-9_-]{43}");
        assertThat(run.err()).isEqualTo("Store this token now: it is not shown again.\n");
        Optional<User> tokenUser = withAccounts(a -> a.tokens().authenticate(token));
        assertThat(tokenUser).isPresent();
        assertThat(ok("", "token", "list", "--data", dir).out()).doesNotContain(token.substring(4));
    }

    @Test
    void token_list_shows_ids_users_names_and_status_and_revoke_ends_a_token() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);
        String first = ok("", "token", "create", "editor@embassy.example", "--name", "script", "--data", dir).out().strip();
        ok("", "token", "create", "editor@embassy.example", "--data", dir);

        Run revoke = ok("", "token", "revoke", "1", "--data", dir);
        Run list = ok("", "token", "list", "--data", dir);

        assertThat(revoke.out()).isEqualTo("Revoked API token 1\n");
        Optional<User> tokenUser = withAccounts(a -> a.tokens().authenticate(first));
        assertThat(tokenUser).isEmpty();
        String[] lines = list.out().split("\n");
        assertThat(lines[0]).matches("ID\\s+USER\\s+NAME\\s+CREATED \\(UTC\\)\\s+LAST USED \\(UTC\\)\\s+STATUS");
        assertThat(lines[1]).matches("1\\s+editor@embassy\\.example\\s+script\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+\\S.*"
                + "revoked \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(lines[2]).matches("2\\s+editor@embassy\\.example\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+-\\s+active");
    }

    @Test
    void token_commands_refuse_what_they_cannot_do_in_one_line() {
        Run unknownUser = run("", "token", "create", "nobody@embassy.example", "--data", dir);
        Run unknownToken = run("", "token", "revoke", "7", "--data", dir);
        Run notANumber = run("", "token", "revoke", "seven", "--data", dir);

        assertThat(unknownUser.exit()).isEqualTo(1);
        assertThat(unknownUser.err()).isEqualTo("chancery: no user with e-mail nobody@embassy.example\n");
        assertThat(unknownToken.exit()).isEqualTo(1);
        assertThat(unknownToken.err()).isEqualTo("chancery: no active API token with id 7\n");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err().lines()).singleElement().asString().contains("seven");
    }

    private List<String> auditTrail() {
        try (Database database = Database.open(db.resolved())) {
            List<String> trail = new ArrayList<>(new AuditLog(database.jdbi()).latest(100).stream()
                    .map(e -> e.actor() + " " + e.action() + " " + e.subject() + " " + e.detail()).toList());
            Collections.reverse(trail);
            return trail;
        }
    }

    @Test
    void what_the_commands_change_is_in_the_audit_log_by_cli() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);
        String token = ok("", "token", "create", "editor@embassy.example", "--name", "newsroom", "--data", dir)
                .out().strip();
        long tokenId = withAccounts(a -> a.tokens().idOf(token)).orElseThrow();
        ok("", "token", "revoke", String.valueOf(tokenId), "--data", dir);
        ok("", "user", "disable", "editor@embassy.example", "--data", dir);
        long userId = withAccounts(a -> a.users().byEmail("editor@embassy.example")).orElseThrow().id();

        assertThat(auditTrail()).containsExactly(
                "cli user.add user:" + userId + " editor",
                "cli token.create token:" + tokenId + " for editor@embassy.example, named newsroom",
                "cli token.revoke token:" + tokenId + " of editor@embassy.example",
                "cli user.disable user:" + userId + " ");
    }

    @Test
    void a_refused_command_leaves_no_audit_entry() {
        ok(PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", dir);

        assertThat(run(PASSWORD, "user", "add", "editor@embassy.example", "--role", "admin", "--data", dir).exit())
                .isEqualTo(1);
        assertThat(run("", "user", "disable", "nobody@embassy.example", "--data", dir).exit()).isEqualTo(1);
        assertThat(run("", "token", "revoke", "99", "--data", dir).exit()).isEqualTo(1);

        assertThat(auditTrail()).singleElement().asString().startsWith("cli user.add ");
    }

    @Test
    void commands_work_while_the_server_runs_on_the_same_sqlite_file() {
        try (TestSite site = TestSite.start(TestDatabase.sqlite(), TestSite.SEED_INSTANT, c -> c)) {
            String data = site.app().config().dataDir().toString();

            ok(TestSite.PASSWORD, "user", "add", "editor@embassy.example", "--role", "editor", "--data", data);
            Browser browser = site.browser().signIn("editor@embassy.example");
            assertThat(browser.page("/admin").select("h1").text()).isEqualTo("Welcome, editor@embassy.example");
            assertThat(ok("", "user", "list", "--data", data).out()).contains("editor@embassy.example");
            ok("", "token", "create", "editor@embassy.example", "--data", data);

            ok("", "user", "disable", "editor@embassy.example", "--data", data);

            assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
        }
    }

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void commands_open_the_database_named_by_the_environment_like_serve(TestDatabase.Kind kind) throws Exception {
        try (TestSite site = TestSite.start(kind.create(), TestSite.SEED_INSTANT, c -> c)) {
            Path otherDir = Files.createTempDirectory("chancery-cli");
            Map<String, String> env = site.app().config().database()
                    .map(d -> Map.of("CHANCERY_DB_URL", d.url())).orElse(Map.of());
            String data = env.isEmpty() ? site.app().config().dataDir().toString() : otherDir.toString();

            Run run = run(TestSite.PASSWORD, false, env, "user", "add", "editor@embassy.example", "--role", "editor",
                    "--data", data);

            assertThat(run.exit()).as(run.err()).isZero();
            site.browser().signIn("editor@embassy.example");
            TestDatabase.deleteTree(otherDir);
        }
    }
}
