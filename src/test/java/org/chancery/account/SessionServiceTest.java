package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.account.SessionService.Session;
import org.chancery.support.MutableClock;
import org.chancery.support.OpenDatabase;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
    private OpenDatabase db;
    private Accounts accounts;
    private User editor;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private SessionService open(TestDatabase.Kind kind) {
        db = OpenDatabase.of(kind);
        accounts = Accounts.on(db.jdbi(), clock, TestSite.CHEAP_PASSWORDS);
        editor = accounts.users().add("editor@embassy.example", "Editor", Role.EDITOR, "a long enough password");
        return accounts.sessions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_started_session_is_found_by_its_token_with_its_user_and_csrf_token(TestDatabase.Kind kind) {
        SessionService sessions = open(kind);

        Session started = sessions.start(editor);

        assertThat(started.token()).hasSize(43).isNotEqualTo(started.csrfToken());
        assertThat(started.expiresAt()).isEqualTo(clock.instant().plus(SessionService.LIFETIME));
        assertThat(sessions.find(started.token())).hasValueSatisfying(found -> {
            assertThat(found.user()).isEqualTo(editor);
            assertThat(found.csrfToken()).isEqualTo(started.csrfToken());
        });
        assertThat(sessions.find(started.token() + "x")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_database_holds_only_the_digest_of_a_session_token(TestDatabase.Kind kind) {
        SessionService sessions = open(kind);

        Session started = sessions.start(editor);

        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sessions")
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo(Secrets.digest(started.token())).doesNotContain(started.token());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_session_expires_after_its_lifetime_and_is_purged(TestDatabase.Kind kind) {
        SessionService sessions = open(kind);
        Session started = sessions.start(editor);

        clock.advance(SessionService.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(sessions.find(started.token())).isPresent();
        assertThat(sessions.purgeExpired()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(started.token())).isEmpty();
        assertThat(sessions.purgeExpired()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_ended_session_is_gone(TestDatabase.Kind kind) {
        SessionService sessions = open(kind);
        Session ended = sessions.start(editor);
        Session kept = sessions.start(editor);

        sessions.end(ended.token());

        assertThat(sessions.find(ended.token())).isEmpty();
        assertThat(sessions.find(kept.token())).isPresent();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_session_of_a_disabled_user_is_not_found_even_if_its_row_remains(TestDatabase.Kind kind) {
        SessionService sessions = open(kind);
        Session started = sessions.start(editor);

        db.jdbi().useHandle(h -> h.execute("UPDATE users SET disabled = TRUE"));

        assertThat(sessions.find(started.token())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_session_never_shows_its_token_in_logs(TestDatabase.Kind kind) {
        Session started = open(kind).start(editor);

        assertThat(started.toString()).doesNotContain(started.token(), started.csrfToken());
    }
}
