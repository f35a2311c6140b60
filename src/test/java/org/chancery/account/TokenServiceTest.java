package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.account.AccountException.Reason;
import org.chancery.account.TokenService.TokenInfo;
import org.chancery.support.MutableClock;
import org.chancery.support.OpenDatabase;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
    private OpenDatabase db;
    private Accounts accounts;
    private User editor;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private TokenService open(TestDatabase.Kind kind) {
        db = OpenDatabase.of(kind);
        accounts = Accounts.on(db.jdbi(), clock, TestSite.CHEAP_PASSWORDS);
        editor = accounts.users().add("editor@embassy.example", "Editor", Role.EDITOR, "a long enough password");
        return accounts.tokens();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_created_token_authenticates_as_its_user(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);

        String token = tokens.create("Editor@Embassy.example", "newsroom script");

        assertThat(token).startsWith("chy_").hasSize(47);
        assertThat(tokens.authenticate(token)).contains(editor);
        assertThat(tokens.authenticate(token.substring(0, 46))).isEmpty();
        assertThat(tokens.authenticate(token.substring(4))).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_database_and_the_list_hold_no_token_secret(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);
        String token = tokens.create("editor@embassy.example", "newsroom script");

        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_tokens")
                .mapTo(String.class).one());

        assertThat(stored).isEqualTo(Secrets.digest(token));
        assertThat(tokens.list()).singleElement().satisfies(info -> {
            assertThat(info.email()).isEqualTo("editor@embassy.example");
            assertThat(info.name()).isEqualTo("newsroom script");
            assertThat(info.createdAt()).isEqualTo(clock.instant());
            assertThat(info.lastUsedAt()).isNull();
            assertThat(info.active()).isTrue();
            assertThat(info.toString()).doesNotContain(token.substring(4));
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void using_a_token_records_when_to_the_minute(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);
        String token = tokens.create("editor@embassy.example", "");
        Instant first = clock.instant();

        tokens.authenticate(token);
        clock.advance(Duration.ofSeconds(30));
        tokens.authenticate(token);
        assertThat(tokens.list().get(0).lastUsedAt()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(31));
        tokens.authenticate(token);
        assertThat(tokens.list().get(0).lastUsedAt()).isEqualTo(clock.instant());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_revoked_token_stops_working_and_cannot_be_revoked_again(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);
        String revoked = tokens.create("editor@embassy.example", "old");
        String kept = tokens.create("editor@embassy.example", "new");
        long id = tokens.list().get(0).id();

        tokens.revoke(id);

        assertThat(tokens.authenticate(revoked)).isEmpty();
        assertThat(tokens.authenticate(kept)).contains(editor);
        assertThat(tokens.list()).extracting(TokenInfo::active).containsExactly(false, true);
        assertThat(tokens.list().get(0).revokedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> tokens.revoke(id))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_TOKEN))
                .hasMessage("no active API token with id " + id);
        assertThatThrownBy(() -> tokens.revoke(999)).isInstanceOf(AccountException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_disabled_users_token_stops_working_and_they_get_no_new_one(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);
        String token = tokens.create("editor@embassy.example", "");

        accounts.users().disable("editor@embassy.example");

        assertThat(tokens.authenticate(token)).isEmpty();
        assertThatThrownBy(() -> tokens.create("editor@embassy.example", ""))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USER_DISABLED));
        assertThatThrownBy(() -> tokens.create("nobody@embassy.example", ""))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_USER));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_token_acts_with_its_users_current_role(TestDatabase.Kind kind) {
        TokenService tokens = open(kind);
        String token = tokens.create("editor@embassy.example", "");

        db.jdbi().useHandle(h -> h.execute("UPDATE users SET role = 'author'"));

        assertThat(tokens.authenticate(token)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.AUTHOR));
    }
}
