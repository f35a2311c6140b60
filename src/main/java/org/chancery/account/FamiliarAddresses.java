package org.chancery.account;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Stores, per account, the client addresses it has signed in from ({@code sign_in_familiar}),
 * each named only by a digest, until a while after the last sign-in from there.
 */
final class FamiliarAddresses {

    /** Whether the key signed in and is not yet forgotten by {@code now}. */
    boolean known(Handle h, String key, Instant now) {
        return h.createQuery("SELECT COUNT(*) FROM sign_in_familiar WHERE key_hash = :key AND forget_at > :now")
                .bind("key", key).bind("now", now.toEpochMilli())
                .mapTo(Integer.class).one() > 0;
    }

    /** Remembers the key until {@code forgetAt}, later than any earlier sign-in had it. */
    void remember(Handle h, String key, Instant forgetAt) {
        h.createUpdate("INSERT INTO sign_in_familiar (key_hash, forget_at) VALUES (:key, :forget)"
                        + " ON CONFLICT (key_hash) DO UPDATE SET forget_at = :forget")
                .bind("key", key).bind("forget", forgetAt.toEpochMilli())
                .execute();
    }

    /** Deletes the keys forgotten by {@code now}; returns how many. */
    int deleteForgotten(Handle h, Instant now) {
        return h.createUpdate("DELETE FROM sign_in_familiar WHERE forget_at <= :now").bind("now", now.toEpochMilli())
                .execute();
    }
}
