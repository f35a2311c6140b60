package org.chancery.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Stores sessions by the digests of their tokens, with their user and CSRF token. */
final class SessionRepository {
    /** A stored session, found by its token's digest. */
    record Row(long userId, String csrfToken, Instant expiresAt) {
    }

    private final Jdbi jdbi;

    SessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(String hash, long userId, String csrfToken, Instant now, Instant expires) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                        + " VALUES (:hash, :user, :csrf, :now, :expires)")
                .bind("hash", hash).bind("user", userId).bind("csrf", csrfToken)
                .bind("now", now.toEpochMilli()).bind("expires", expires.toEpochMilli()).execute());
    }

    /** The session of {@code hash} if it expires after {@code now}. */
    Optional<Row> live(String hash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id, csrf_token, expires_at FROM sessions"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", hash).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .findOne());
    }

    void delete(String hash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash").bind("hash", hash).execute());
    }

    int deleteAllOf(long userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user")
                .bind("user", userId).execute());
    }

    /** Deletes every session of the user but the one of {@code keepHash}. */
    void deleteAllOfExcept(long userId, String keepHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep")
                .bind("user", userId).bind("keep", keepHash).execute());
    }

    int deleteExpired(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }
}
