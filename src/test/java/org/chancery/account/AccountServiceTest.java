package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.account.AccountException.Reason;
import org.chancery.support.MutableClock;
import org.chancery.support.OpenDatabase;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Users on SQLite and, when configured, PostgreSQL. */
class AccountServiceTest {
    private static final String PASSWORD = "a long enough password";

    private OpenDatabase db;
    private Accounts accounts;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private AccountService open(TestDatabase.Kind kind) {
        db = OpenDatabase.of(kind);
        accounts = Accounts.on(db.jdbi(), new MutableClock(Instant.parse("2020-05-26T09:57:00Z")),
                TestSite.CHEAP_PASSWORDS);
        return accounts.users();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void added_user_is_stored_with_a_lower_case_email_and_a_hashed_password(TestDatabase.Kind kind) {
        AccountService users = open(kind);

        User user = users.add("  Press.Officer@Embassy.Example ", " Maria Zakharova ", Role.EDITOR, PASSWORD);

        assertThat(user.email()).isEqualTo("press.officer@embassy.example");
        assertThat(user.name()).isEqualTo("Maria Zakharova");
        assertThat(user.role()).isEqualTo(Role.EDITOR);
        assertThat(user.disabled()).isFalse();
        assertThat(users.byEmail("PRESS.OFFICER@embassy.example")).contains(user);
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users")
                .mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_second_user_with_the_same_email_in_any_case_is_refused(TestDatabase.Kind kind) {
        AccountService users = open(kind);
        users.add("editor@embassy.example", "", Role.EDITOR, PASSWORD);

        assertThatThrownBy(() -> users.add("Editor@Embassy.example", "", Role.AUTHOR, PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_EMAIL))
                .hasMessage("a user with e-mail editor@embassy.example already exists");
        assertThat(users.list()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_address_that_is_not_an_email_is_refused(TestDatabase.Kind kind) {
        AccountService users = open(kind);

        for (String bad : new String[] {"", "editor", "editor@embassy", "ed itor@embassy.example", "a@b@c.d"}) {
            assertThatThrownBy(() -> users.add(bad, "", Role.EDITOR, PASSWORD)).as(bad)
                    .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_EMAIL));
        }
        assertThat(users.list()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_password_under_twelve_characters_is_refused(TestDatabase.Kind kind) {
        AccountService users = open(kind);

        assertThatThrownBy(() -> users.add("editor@embassy.example", "", Role.EDITOR, "elevenchars"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_PASSWORD))
                .hasMessage("a password needs at least 12 characters");
        assertThat(users.list()).isEmpty();
        assertThat(users.add("editor@embassy.example", "", Role.EDITOR, "twelve chars").email())
                .isEqualTo("editor@embassy.example");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void authenticate_accepts_only_the_right_password_of_an_active_user(TestDatabase.Kind kind) {
        AccountService users = open(kind);
        User editor = users.add("editor@embassy.example", "", Role.EDITOR, PASSWORD);

        assertThat(users.authenticate("EDITOR@embassy.example", PASSWORD)).contains(editor);
        assertThat(users.authenticate("editor@embassy.example", PASSWORD + "x")).isEmpty();
        assertThat(users.authenticate("nobody@embassy.example", PASSWORD)).isEmpty();
        users.disable("editor@embassy.example");
        assertThat(users.authenticate("editor@embassy.example", PASSWORD)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void disabling_a_user_ends_their_sessions_at_once(TestDatabase.Kind kind) {
        AccountService users = open(kind);
        User editor = users.add("editor@embassy.example", "", Role.EDITOR, PASSWORD);
        User author = users.add("author@embassy.example", "", Role.AUTHOR, PASSWORD);
        String first = accounts.sessions().start(editor).token();
        String second = accounts.sessions().start(editor).token();
        String other = accounts.sessions().start(author).token();

        User disabled = users.disable("Editor@embassy.example");

        assertThat(disabled.disabled()).isTrue();
        assertThat(accounts.sessions().find(first)).isEmpty();
        assertThat(accounts.sessions().find(second)).isEmpty();
        assertThat(accounts.sessions().find(other)).isPresent();
        assertThat(sessionRows()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void disabling_an_unknown_user_is_refused(TestDatabase.Kind kind) {
        AccountService users = open(kind);

        assertThatThrownBy(() -> users.disable("nobody@embassy.example"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_USER))
                .hasMessage("no user with e-mail nobody@embassy.example");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void changing_the_password_needs_the_current_one_and_ends_the_other_sessions(TestDatabase.Kind kind) {
        AccountService users = open(kind);
        User editor = users.add("editor@embassy.example", "", Role.EDITOR, PASSWORD);
        String here = accounts.sessions().start(editor).token();
        String elsewhere = accounts.sessions().start(editor).token();

        assertThatThrownBy(() -> users.changePassword(editor, "not the password", "a brand new password", here))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> users.changePassword(editor, PASSWORD, "short", here))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_PASSWORD));
        assertThat(accounts.sessions().find(elsewhere)).isPresent();

        users.changePassword(editor, PASSWORD, "a brand new password", here);

        assertThat(users.authenticate("editor@embassy.example", PASSWORD)).isEmpty();
        assertThat(users.authenticate("editor@embassy.example", "a brand new password")).contains(editor);
        assertThat(accounts.sessions().find(here)).isPresent();
        assertThat(accounts.sessions().find(elsewhere)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void only_an_active_admin_counts_as_an_admin(TestDatabase.Kind kind) {
        AccountService users = open(kind);
        users.add("editor@embassy.example", "", Role.EDITOR, PASSWORD);
        assertThat(users.anyActiveAdmin()).isFalse();

        users.add("admin@embassy.example", "", Role.ADMIN, PASSWORD);
        assertThat(users.anyActiveAdmin()).isTrue();

        users.disable("admin@embassy.example");
        assertThat(users.anyActiveAdmin()).isFalse();
    }

    private long sessionRows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions").mapTo(Long.class).one());
    }
}
