package org.chancery.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chancery.account.SignInThrottle.Strikes;
import org.jdbi.v3.core.Handle;

/** Stores the failed sign-ins counted per key ({@code sign_in_strikes}), the keys being digests. */
final class StrikeRepository {

    /** The end of the key's lock, unless the key is forgotten by {@code now} or was never locked. */
    Optional<Instant> lockedUntil(Handle h, String key, Instant now) {
        return h.createQuery("SELECT locked_until FROM sign_in_strikes WHERE key_hash = :key AND forget_at > :now")
                .bind("key", key).bind("now", now.toEpochMilli())
                .mapTo(Long.class).findOne().map(Instant::ofEpochMilli);
    }

    /**
     * The key's strikes, its row locked until the transaction ends, so failures counted at once on
     * several nodes all count: the row is made if missing, then locked by a no-op update. A key
     * forgotten by {@code now} has none.
     */
    Strikes lockAndRead(Handle h, String key, Instant now) {
        h.createUpdate("INSERT INTO sign_in_strikes (key_hash, forget_at) VALUES (:key, 0) ON CONFLICT (key_hash)"
                + " DO NOTHING").bind("key", key).execute();
        h.createUpdate("UPDATE sign_in_strikes SET locks = locks WHERE key_hash = :key").bind("key", key).execute();
        return h.createQuery("SELECT recent, locks, locked_until, forget_at FROM sign_in_strikes WHERE key_hash = :key")
                .bind("key", key)
                .map((rs, ctx) -> rs.getLong("forget_at") <= now.toEpochMilli() ? Strikes.NONE
                        : new Strikes(instants(rs.getString("recent")), rs.getInt("locks"),
                                rs.getObject("locked_until") == null ? null
                                        : Instant.ofEpochMilli(rs.getLong("locked_until"))))
                .one();
    }

    void write(Handle h, String key, Strikes strikes) {
        h.createUpdate("UPDATE sign_in_strikes SET recent = :recent, locks = :locks, locked_until = :until,"
                        + " forget_at = :forget WHERE key_hash = :key")
                .bind("recent", strikes.recent().stream().map(t -> Long.toString(t.toEpochMilli()))
                        .collect(Collectors.joining(",")))
                .bind("locks", strikes.locks())
                .bind("until", strikes.lockedUntil() == null ? null : strikes.lockedUntil().toEpochMilli())
                .bind("forget", strikes.forgetAt().toEpochMilli())
                .bind("key", key)
                .execute();
    }

    void delete(Handle h, String key) {
        h.createUpdate("DELETE FROM sign_in_strikes WHERE key_hash = :key").bind("key", key).execute();
    }

    /** Deletes the keys forgotten by {@code now}; returns how many. */
    int deleteForgotten(Handle h, Instant now) {
        return h.createUpdate("DELETE FROM sign_in_strikes WHERE forget_at <= :now").bind("now", now.toEpochMilli())
                .execute();
    }

    private static List<Instant> instants(String recent) {
        if (recent.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(recent.split(",")).map(t -> Instant.ofEpochMilli(Long.parseLong(t))).toList();
    }
}
