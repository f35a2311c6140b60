package org.chancery.account;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Stores the digests of setup links, each usable once until it expires. */
final class SetupTokenRepository {

    /** Adds a link's digest, deleting those expired by {@code now}. */
    void insert(Handle h, String hash, Instant now, Instant expires) {
        h.createUpdate("DELETE FROM setup_tokens WHERE expires_at <= :now").bind("now", now.toEpochMilli()).execute();
        h.createUpdate("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (:hash, :expires)")
                .bind("hash", hash).bind("expires", expires.toEpochMilli()).execute();
    }

    /** Whether the link is unused and has not expired by {@code now}. */
    boolean usable(Handle h, String hash, Instant now) {
        return h.createQuery("SELECT COUNT(*) FROM setup_tokens"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("hash", hash).bind("now", now.toEpochMilli()).mapTo(Long.class).one() > 0;
    }

    /** Marks the link used at {@code now} if it was usable; returns whether it was. */
    boolean use(Handle h, String hash, Instant now) {
        return h.createUpdate("UPDATE setup_tokens SET used_at = :now"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("now", now.toEpochMilli()).bind("hash", hash).execute() == 1;
    }
}
