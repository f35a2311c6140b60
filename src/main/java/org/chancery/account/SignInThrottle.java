package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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
    private record Strikes(List<Instant> recent, int locks, Instant lockedUntil) {
        static final Strikes NONE = new Strikes(List.of(), 0, null);

        Instant forgetAt() {
            Instant last = recent.isEmpty() ? Instant.EPOCH : recent.get(recent.size() - 1);
            Instant latest = lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
            return latest.plus(WINDOW);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public SignInThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The instant sign-in is allowed again, while it is refused for this account or this address. */
    public Optional<Instant> refusedUntil(String email, String address) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> Stream.of(accountKey(email), addressKey(address))
                .map(key -> h.createQuery("SELECT locked_until FROM sign_in_strikes WHERE key_hash = :key"
                                + " AND forget_at > :now")
                        .bind("key", key).bind("now", now.toEpochMilli())
                        .mapTo(Long.class).findOne().orElse(null))
                .filter(Objects::nonNull)
                .map(Instant::ofEpochMilli)
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
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sign_in_strikes WHERE key_hash = :key")
                .bind("key", accountKey(email)).execute());
    }

    /** Deletes the keys already forgotten; returns how many. */
    public int purge() {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sign_in_strikes WHERE forget_at <= :now")
                .bind("now", clock.millis()).execute());
    }

    /**
     * Reads, counts and writes one key's row under a lock on it, so failures counted at once on
     * several nodes all count: the row is made if missing, then locked by a no-op update.
     */
    private static void strike(Handle h, String key, int limit, Instant now) {
        h.createUpdate("INSERT INTO sign_in_strikes (key_hash, forget_at) VALUES (:key, 0) ON CONFLICT (key_hash)"
                + " DO NOTHING").bind("key", key).execute();
        h.createUpdate("UPDATE sign_in_strikes SET locks = locks WHERE key_hash = :key").bind("key", key).execute();
        Strikes old = h.createQuery("SELECT recent, locks, locked_until, forget_at FROM sign_in_strikes"
                        + " WHERE key_hash = :key")
                .bind("key", key)
                .map((rs, ctx) -> rs.getLong("forget_at") <= now.toEpochMilli() ? Strikes.NONE
                        : new Strikes(instants(rs.getString("recent")), rs.getInt("locks"),
                                rs.getObject("locked_until") == null ? null
                                        : Instant.ofEpochMilli(rs.getLong("locked_until"))))
                .one();
        Strikes next = strike(old, limit, now);
        h.createUpdate("UPDATE sign_in_strikes SET recent = :recent, locks = :locks, locked_until = :until,"
                        + " forget_at = :forget WHERE key_hash = :key")
                .bind("recent", next.recent().stream().map(t -> Long.toString(t.toEpochMilli()))
                        .collect(Collectors.joining(",")))
                .bind("locks", next.locks())
                .bind("until", next.lockedUntil() == null ? null : next.lockedUntil().toEpochMilli())
                .bind("forget", next.forgetAt().toEpochMilli())
                .bind("key", key)
                .execute();
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

    private static List<Instant> instants(String recent) {
        if (recent.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(recent.split(",")).map(t -> Instant.ofEpochMilli(Long.parseLong(t))).toList();
    }

    private static String accountKey(String email) {
        return Secrets.digest("account:" + AccountService.normalizeEmail(email));
    }

    private static String addressKey(String address) {
        return Secrets.digest("address:" + (address == null ? "" : address));
    }
}
