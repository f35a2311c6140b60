package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.account.AccountException.Reason;
import org.chancery.audit.AuditLog;
import org.chancery.support.MutableClock;
import org.chancery.support.OpenDatabase;
import org.chancery.support.TestDatabase;
import org.chancery.support.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetupServiceTest {
    private static final String PASSWORD = "a long enough password";
    private final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
    private OpenDatabase db;
    private Accounts accounts;

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private SetupService open(TestDatabase.Kind kind) {
        db = OpenDatabase.of(kind);
        accounts = Accounts.on(db.jdbi(), clock, TestSite.CHEAP_PASSWORDS);
        return accounts.setup();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_link_is_offered_only_while_there_is_no_active_admin(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        accounts.users().add("editor@embassy.example", "", Role.EDITOR, PASSWORD);

        assertThat(setup.offerIfNoAdmin()).isPresent();

        accounts.users().add("admin@embassy.example", "", Role.ADMIN, PASSWORD);
        assertThat(setup.offerIfNoAdmin()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_setup_token_creates_one_admin_and_then_works_no_more(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        String token = setup.offerIfNoAdmin().orElseThrow();
        assertThat(setup.usable(token)).isTrue();

        User admin = setup.createFirstAdmin(token, "Admin@Embassy.example", "Andrei", PASSWORD);

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.email()).isEqualTo("admin@embassy.example");
        assertThat(setup.usable(token)).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "second@embassy.example", "", PASSWORD))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SETUP_LINK_INVALID));
        assertThat(accounts.users().list()).containsExactly(admin);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_first_administrator_is_in_the_audit_log_as_adding_themselves(TestDatabase.Kind kind) {
        SetupService setup = open(kind);

        User admin = setup.createFirstAdmin(setup.offerIfNoAdmin().orElseThrow(), "admin@embassy.example", "", PASSWORD);

        assertThat(new AuditLog(db.jdbi()).about("user:" + admin.id()))
                .extracting(e -> e.actorId() + " " + e.actor() + " " + e.action() + " " + e.at())
                .containsExactly(admin.id() + " admin@embassy.example user.add 2020-05-26T09:57:00Z");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_setup_token_expires_after_an_hour(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        String token = setup.offerIfNoAdmin().orElseThrow();

        clock.advance(SetupService.VALID_FOR.minus(Duration.ofSeconds(1)));
        assertThat(setup.usable(token)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(setup.usable(token)).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "admin@embassy.example", "", PASSWORD))
                .isInstanceOf(AccountException.class);
        assertThat(accounts.users().list()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_refused_password_leaves_the_token_usable(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        String token = setup.offerIfNoAdmin().orElseThrow();

        assertThatThrownBy(() -> setup.createFirstAdmin(token, "admin@embassy.example", "", "short"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SHORT_PASSWORD));

        assertThat(setup.usable(token)).isTrue();
        assertThat(accounts.users().list()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_duplicate_email_rolls_back_the_use_of_the_token(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        accounts.users().add("editor@embassy.example", "", Role.EDITOR, PASSWORD);
        String token = setup.offerIfNoAdmin().orElseThrow();

        assertThatThrownBy(() -> setup.createFirstAdmin(token, "editor@embassy.example", "", PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_EMAIL));

        assertThat(setup.usable(token)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_admin_added_otherwise_makes_the_link_useless(TestDatabase.Kind kind) {
        SetupService setup = open(kind);
        String token = setup.offerIfNoAdmin().orElseThrow();

        accounts.users().add("admin@embassy.example", "", Role.ADMIN, PASSWORD);

        assertThat(setup.usable(token)).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "other@embassy.example", "", PASSWORD))
                .isInstanceOf(AccountException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void the_database_holds_only_the_digest_of_a_setup_token(TestDatabase.Kind kind) {
        String token = open(kind).offerIfNoAdmin().orElseThrow();

        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM setup_tokens")
                .mapTo(String.class).one());

        assertThat(stored).isEqualTo(Secrets.digest(token));
    }
}
