package org.chancery.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.chancery.support.MutableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final String ADDRESS = "203.0.113.7";
    private final MutableClock clock = new MutableClock(Instant.parse("2020-05-26T09:57:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private Optional<Instant> fail(String email, int times) {
        Optional<Instant> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            last = throttle.failed(email, ADDRESS);
        }
        return last;
    }

    @Test
    void four_failures_refuse_nothing_and_the_fifth_refuses_the_account_for_a_minute() {
        assertThat(fail("editor@embassy.example", 4)).isEmpty();
        assertThat(throttle.refusedUntil("editor@embassy.example", ADDRESS)).isEmpty();

        Optional<Instant> until = throttle.failed("editor@embassy.example", ADDRESS);

        assertThat(until).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil("EDITOR@embassy.example", "198.51.100.1")).isEqualTo(until);
        assertThat(throttle.refusedUntil("author@embassy.example", ADDRESS)).isEmpty();
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
    void a_success_clears_the_accounts_count() {
        fail("editor@embassy.example", 4);

        throttle.succeeded("Editor@embassy.example");

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
}
