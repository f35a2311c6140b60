package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing. Failed sign-ins are counted per account (the e-mail as typed,
 * whether or not such a user exists, so the throttle tells nothing about accounts) and per client
 * address. After {@link #ACCOUNT_LIMIT} or {@link #ADDRESS_LIMIT} failures within {@link #WINDOW},
 * sign-in is refused for that key for a minute, and every further failure doubles the time, up to
 * an hour. A key is forgotten a window after its last failure or lock. Counts live in the database
 * ({@code sign_in_strikes}, keys stored as digests), so every node sharing it counts against one
 * quota and a restart forgets nothing; {@link #purge()} deletes what has been forgotten.
 */
public final class SignInThrottle {
    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);

    /** The failures of one key within the window, how many locks it has had and the current lock's end. */
    record Strikes(List<Instant> recent, int locks, Instant lockedUntil) {
        static final Strikes NONE = new Strikes(List.of(), 0, null);

        Instant forgetAt() {
            Instant last = recent.isEmpty() ? Instant.EPOCH : recent.get(recent.size() - 1);
            Instant latest = lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
            return latest.plus(WINDOW);
        }
    }

    private final Jdbi jdbi;
    private final StrikeRepository strikes = new StrikeRepository();
    private final Clock clock;

    public SignInThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The instant sign-in is allowed again, while it is refused for this account or this address. */
    public Optional<Instant> refusedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> Stream.of(accountKey(email), addressKey(address))
                .flatMap(key -> strikes.lockedUntil(h, key, now).stream())
                .filter(until -> until.isAfter(now))
                .max(Comparator.naturalOrder()));
    }

    /** Counts a failed sign-in; returns the end of the refusal it leads to, if any. */
    public Optional<Instant> failed(String email, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            strike(h, accountKey(email), ACCOUNT_LIMIT, now);
            strike(h, addressKey(address), ADDRESS_LIMIT, now);
        });
        return refusedUntil(email, address);
    }

    /** A successful sign-in clears the account's count (not the address's: it may be shared with a guesser). */
    public void succeeded(String email) {
        jdbi.useHandle(h -> strikes.delete(h, accountKey(email)));
    }

    /** Deletes the keys already forgotten; returns how many. */
    public int purge() {
        return jdbi.withHandle(h -> strikes.deleteForgotten(h, clock.instant()));
    }

    /** Reads, counts and writes one key's strikes under a lock on its row, so failures counted at once on several nodes all count. */
    private void strike(Handle h, String key, int limit, Instant now) {
        strikes.write(h, key, strike(strikes.lockAndRead(h, key, now), limit, now));
    }

    private static Strikes strike(Strikes old, int limit, Instant now) {
        List<Instant> recent = new ArrayList<>();
        old.recent().stream().filter(t -> t.isAfter(now.minus(WINDOW))).forEach(recent::add);
        recent.add(now);
        if (recent.size() > limit) {
            recent = new ArrayList<>(recent.subList(recent.size() - limit, recent.size()));
        }
        int locks = old.locks();
        if (locks == 0 && recent.size() < limit) {
            return new Strikes(List.copyOf(recent), 0, null);
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 6));
        lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
        return new Strikes(List.copyOf(recent), locks + 1, now.plus(lock));
    }

    private static String accountKey(String email) {
        return Secrets.digest("account:" + AccountService.normalizeEmail(email));
    }

    private static String addressKey(String address) {
        return Secrets.digest("address:" + (address == null ? "" : address));
    }
}
