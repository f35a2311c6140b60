package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing without letting a guesser lock the real user out (OWASP's
 * advice on lockout). Failed sign-ins are counted per account and client address together, per
 * client address, and per account from addresses it has never signed in from. The account is the
 * e-mail as typed, whether or not such a user exists, so the throttle tells nothing about
 * accounts. After {@link #SOURCE_LIMIT} failures of one account from one address,
 * {@link #ADDRESS_LIMIT} from one address (one guesser trying many accounts) or
 * {@link #ACCOUNT_LIMIT} of one account from unfamiliar addresses (guessers spread over many),
 * within {@link #WINDOW}, sign-in is refused for that key for a minute, and every further failure
 * doubles the time, up to an hour. So a guesser elsewhere keeps only himself out: the user signs
 * in from any other address, and even while guessers on many addresses lock the account, from the
 * addresses the account signed in from within {@link #FAMILIAR_FOR}. A key is forgotten a window
 * after its last failure or lock. Counts and familiar addresses live in the database
 * ({@code sign_in_strikes} and {@code sign_in_familiar}, keys stored as digests), so every node
 * sharing it counts against one quota and a restart forgets nothing; {@link #purge()} deletes
 * what has been forgotten.
 */
public final class SignInThrottle {
    /** Failures of one account from one address. */
    public static final int SOURCE_LIMIT = 5;
    /** Failures from one address, whatever the accounts. */
    public static final int ADDRESS_LIMIT = 20;
    /** Failures of one account from addresses it has not signed in from. */
    public static final int ACCOUNT_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** How long an address an account signed in from stays familiar after the last sign-in from there. */
    public static final Duration FAMILIAR_FOR = Duration.ofDays(90);

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
    private final FamiliarAddresses familiar = new FamiliarAddresses();
    private final Clock clock;

    public SignInThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The instant sign-in is allowed again, while it is refused for this account from this address. */
    public Optional<Instant> refusedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> keys(h, email, address, now).stream()
                .flatMap(key -> strikes.lockedUntil(h, key, now).stream())
                .filter(until -> until.isAfter(now))
                .max(Comparator.naturalOrder()));
    }

    /** Counts a failed sign-in; returns the end of the refusal it leads to, if any. */
    public Optional<Instant> failed(String email, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            strike(h, sourceKey(email, address), SOURCE_LIMIT, now);
            strike(h, addressKey(address), ADDRESS_LIMIT, now);
            if (!familiar.known(h, familiarKey(email, address), now)) {
                strike(h, accountKey(email), ACCOUNT_LIMIT, now);
            }
        });
        return refusedUntil(email, address);
    }

    /**
     * A successful sign-in clears the count of its account from its address and makes the address
     * familiar to the account. Neither the address's count (it may be shared with a guesser) nor the
     * account's (the guessers' elsewhere) is cleared.
     */
    public void succeeded(String email, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            strikes.delete(h, sourceKey(email, address));
            familiar.remember(h, familiarKey(email, address), now.plus(FAMILIAR_FOR));
        });
    }

    /** Deletes the counts and familiar addresses already forgotten; returns how many. */
    public int purge() {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> strikes.deleteForgotten(h, now) + familiar.deleteForgotten(h, now));
    }

    /** The keys whose lock refuses this sign-in: the account's own only from an unfamiliar address. */
    private List<String> keys(Handle h, String email, String address, Instant now) {
        List<String> keys = new ArrayList<>(List.of(sourceKey(email, address), addressKey(address)));
        if (!familiar.known(h, familiarKey(email, address), now)) {
            keys.add(accountKey(email));
        }
        return keys;
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
        return Secrets.digest("address:" + orEmpty(address));
    }

    private static String sourceKey(String email, String address) {
        return Secrets.digest("source:" + AccountService.normalizeEmail(email) + "\n" + orEmpty(address));
    }

    private static String familiarKey(String email, String address) {
        return Secrets.digest("familiar:" + AccountService.normalizeEmail(email) + "\n" + orEmpty(address));
    }

    private static String orEmpty(String address) {
        return address == null ? "" : address;
    }
}
