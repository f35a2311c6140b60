package org.chancery.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Slows down password guessing. Failed sign-ins are counted per account (the e-mail as typed,
 * whether or not such a user exists, so the throttle tells nothing about accounts) and per client
 * address. After {@link #ACCOUNT_LIMIT} or {@link #ADDRESS_LIMIT} failures within {@link #WINDOW},
 * sign-in is refused for that key for a minute, and every further failure doubles the time, up to
 * an hour. A key is forgotten a window after its last failure or lock. Counts live in this node's
 * memory: a restart forgets them.
 */
public final class SignInThrottle {
    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    /** The failures of one key within the window, how many locks it has had and the current lock's end. */
    private record Strikes(List<Instant> recent, int locks, Instant lockedUntil) {
        Instant forgetAt() {
            Instant last = recent.get(recent.size() - 1);
            Instant latest = lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
            return latest.plus(WINDOW);
        }
    }

    private final Clock clock;
    private final Cache<String, Strikes> strikes;

    public SignInThrottle(Clock clock) {
        this.clock = clock;
        this.strikes = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.writing((String key, Strikes s) -> Duration.between(clock.instant(), s.forgetAt())))
                .build();
    }

    /** The instant sign-in is allowed again, while it is refused for this account or this address. */
    public Optional<Instant> refusedUntil(String email, String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(email), addressKey(address))
                .map(strikes::getIfPresent)
                .filter(Objects::nonNull)
                .map(Strikes::lockedUntil)
                .filter(until -> until != null && until.isAfter(now))
                .max(Comparator.naturalOrder());
    }

    /** Counts a failed sign-in; returns the end of the refusal it leads to, if any. */
    public Optional<Instant> failed(String email, String address) {
        Instant now = clock.instant();
        strikes.asMap().compute(accountKey(email), (key, old) -> strike(old, ACCOUNT_LIMIT, now));
        strikes.asMap().compute(addressKey(address), (key, old) -> strike(old, ADDRESS_LIMIT, now));
        return refusedUntil(email, address);
    }

    /** A successful sign-in clears the account's count (not the address's: it may be shared with a guesser). */
    public void succeeded(String email) {
        strikes.invalidate(accountKey(email));
    }

    private static Strikes strike(Strikes old, int limit, Instant now) {
        List<Instant> recent = new ArrayList<>();
        if (old != null) {
            old.recent().stream().filter(t -> t.isAfter(now.minus(WINDOW))).forEach(recent::add);
        }
        recent.add(now);
        if (recent.size() > limit) {
            recent = new ArrayList<>(recent.subList(recent.size() - limit, recent.size()));
        }
        int locks = old == null ? 0 : old.locks();
        if (locks == 0 && recent.size() < limit) {
            return new Strikes(List.copyOf(recent), 0, null);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 6));
        lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
        return new Strikes(List.copyOf(recent), locks + 1, now.plus(lock));
    }

    private static String accountKey(String email) {
        return "account:" + AccountService.normalizeEmail(email);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
