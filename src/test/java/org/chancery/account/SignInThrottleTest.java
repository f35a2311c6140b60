package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.db.Database;
import org.chancery.support.MutableClock;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle's rules, on SQLite and on PostgreSQL, and one quota for every node sharing the database. */
class SignInThrottleTest {
    private static final String ADDRESS = "203.0.113.7";
    private static TestDatabase db;
    private static Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
    private SignInThrottle throttle;

    @BeforeAll
    static void open() {
        db = TestDatabase.postgresUrl() != null ? TestDatabase.postgres() : TestDatabase.sqlite();
        database = Database.open(db.resolved());
    }

    @AfterAll
    static void close() {
        database.close();
        db.close();
    }

    @BeforeEach
    void empty() {
        database.jdbi().useHandle(h -> {
            h.execute("DELETE FROM sign_in_strikes");
            h.execute("DELETE FROM sign_in_familiar");
        });
        throttle = new SignInThrottle(database.jdbi(), clock);
    }

    private Optional<Instant> fail(String email, int times) {
        return fail(email, ADDRESS, times);
    }

    private Optional<Instant> fail(String email, String address, int times) {
        Optional<Instant> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            last = throttle.failed(email, address);
        }
        return last;
    }

    @Test
    void four_failures_refuse_nothing_and_the_fifth_refuses_the_account_from_that_address_for_a_minute() {
        assertThat(fail("editor@embassy.example", 4)).isEmpty();
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isEmpty();

        Optional<Instant> until = throttle.failed("editor@embassy.example", ADDRESS);

        assertThat(until).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil("EDITOR@embassy.example", ADDRESS)).isEqualTo(until);
        assertThat(throttle.refusedUntil("author@embassy.example", ADDRESS)).isEmpty();
    }

    @Test
    void a_guesser_on_one_address_keeps_only_himself_out_the_user_signs_in_from_any_other() {
        int guesses = 0;
        for (int i = 0; i < 180; i++) {  // a guess every 10 s for half an hour, each one the throttle lets through
            if (throttle.refusedUntil("editor@embassy.example", ADDRESS).isEmpty()) {
                throttle.failed("editor@embassy.example", ADDRESS);
                guesses++;
            }
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(guesses).as("let through in half an hour").isLessThan(12);
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).as("the guesser").isPresent();

        assertThat(throttle.refusedUntil("editor@embassy.example", "198.51.100.1")).as("the user, never seen before")
                .isEmpty();
    }

    @Test
    void guessers_on_many_addresses_lock_the_account_except_from_the_addresses_it_signed_in_from() {
        throttle.succeeded("editor@embassy.example", "198.51.100.1");
        clock.advance(Duration.ofDays(30));
        for (int i = 0; i < 4; i++) {
            assertThat(fail("editor@embassy.example", "203.0.113." + (100 + i), 4)).isEmpty();
        }
        assertThat(fail("editor@embassy.example", "203.0.113.104", 3)).isEmpty();
        assertThat(throttle.failed("editor@embassy.example", "203.0.113.200")).as("the twentieth failure").isPresent();

        assertThat(throttle.refusedUntil("editor@embassy.example", "203.0.113.201")).as("a new address").isPresent();
        assertThat(throttle.refusedUntil("editor@embassy.example", "198.51.100.1")).as("the user's usual address")
                .isEmpty();
        assertThat(throttle.refusedUntil("author@embassy.example", "203.0.113.201")).as("another account").isEmpty();
    }

    @Test
    void an_address_is_familiar_for_ninety_days_after_the_last_sign_in_from_it() {
        throttle.succeeded("editor@embassy.example", "198.51.100.1");
        clock.advance(SignInThrottle.FAMILIAR_FOR);
        for (int i = 0; i < 5; i++) {
            fail("editor@embassy.example", "203.0.113." + (100 + i), 4);
        }

        assertThat(throttle.refusedUntil("editor@embassy.example", "198.51.100.1")).isPresent();
    }

    @Test
    void the_refusal_ends_when_its_time_is_up() {
        fail("editor@embassy.example", 5);

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isEmpty();
    }

    @Test
    void each_further_failure_doubles_the_refusal_up_to_an_hour() {
        fail("editor@embassy.example", 5);
        long[] expectedMinutes = {2, 4, 8, 16, 32, 60, 60};

        for (long minutes : expectedMinutes) {
            clock.set(throttle.refusedUntil("editor@embassy.example", ADDRESS).orElseThrow());
            Optional<Instant> until = throttle.failed("editor@embassy.example", ADDRESS);
            assertThat(until).as("after a refusal of %d minutes", minutes).contains(clock.instant().plus(Duration.ofMinutes(minutes)));
        }
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_refuse_nothing() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("editor@embassy.example", ADDRESS)).isEmpty();
            clock.advance(Duration.ofMinutes(4));
        }
    }

    @Test
    void a_quiet_window_after_a_refusal_starts_the_count_afresh() {
        fail("editor@embassy.example", 5);
        clock.advance(Duration.ofMinutes(1).plus(SignInThrottle.WINDOW));

        assertThat(fail("editor@embassy.example", 4)).isEmpty();
        assertThat(throttle.failed("editor@embassy.example", ADDRESS)).contains(clock.instant().plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_success_clears_the_accounts_count_from_its_address() {
        fail("editor@embassy.example", 4);

        throttle.succeeded("Editor@embassy.example", ADDRESS);

        assertThat(fail("editor@embassy.example", 4)).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_refuse_that_address_for_every_account() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("guess" + i + "@embassy.example", ADDRESS)).isEmpty();
        }

        Optional<Instant> until = throttle.failed("guess19@embassy.example", ADDRESS);

        assertThat(until).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isEqualTo(until);
        assertThat(throttle.refusedUntil("editor@embassy.example", "198.51.100.1")).isEmpty();
    }

    @Test
    void accounts_that_do_not_exist_are_throttled_alike() {
        assertThat(fail("nobody@embassy.example", 5)).contains(clock.instant().plus(Duration.ofMinutes(1)));
    }

    @Test
    void failures_counted_by_one_node_count_on_another() {
        SignInThrottle otherNode = new SignInThrottle(database.jdbi(), clock);
        fail("editor@embassy.example", 3);
        assertThat(otherNode.failed("editor@embassy.example", ADDRESS)).isEmpty();

        Optional<Instant> until = otherNode.failed("editor@embassy.example", ADDRESS);

        assertThat(until).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isEqualTo(until);
    }

    @Test
    void failures_counted_at_once_on_two_nodes_all_count() throws Exception {
        SignInThrottle otherNode = new SignInThrottle(database.jdbi(), clock);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                SignInThrottle node = i % 2 == 0 ? throttle : otherNode;
                futures.add(pool.submit(() -> node.failed("editor@embassy.example", ADDRESS)));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(throttle.failed("editor@embassy.example", ADDRESS)).isPresent();
    }

    @Test
    void purging_deletes_only_what_has_been_forgotten() {
        fail("editor@embassy.example", 5);
        clock.advance(SignInThrottle.WINDOW);
        throttle.failed("author@embassy.example", "198.51.100.1");
        assertThat(throttle.purge()).as("the address's and the account's counts, a window after their last failure")
                .isEqualTo(2);
        assertThat(throttle.refusedUntil("editor@embassy.example", "198.51.100.9")).isEmpty();

        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.purge()).as("the account from that address, a window after its lock").isEqualTo(1);
        int left = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sign_in_strikes")
                .mapTo(Integer.class).one());
        assertThat(left).as("the author's three").isEqualTo(3);
    }

    @Test
    void purging_forgets_an_address_ninety_days_after_the_last_sign_in_from_it() {
        throttle.succeeded("editor@embassy.example", ADDRESS);
        clock.advance(SignInThrottle.FAMILIAR_FOR.minusSeconds(1));
        assertThat(throttle.purge()).isZero();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.purge()).isEqualTo(1);
    }

    @Test
    void the_database_keeps_digests_not_what_was_typed() {
        throttle.failed("editor@embassy.example", ADDRESS);
        throttle.succeeded("editor@embassy.example", ADDRESS);

        List<String> keys = database.jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM sign_in_strikes"
                + " UNION ALL SELECT key_hash FROM sign_in_familiar").mapTo(String.class).list());
        assertThat(keys).as("the address's and the account's counts, the familiar address").hasSize(3)
                .allMatch(key -> key.matches("[0-9a-f]{64}"));
    }
}
