package org.chancery.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.account.TokenService.TokenInfo;
import org.jdbi.v3.core.Jdbi;

/** Stores API tokens by their digests: the secret itself is never kept. */
final class TokenRepository {
    private final Jdbi jdbi;

    TokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(long userId, String name, String hash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (user_id, name, token_hash, created_at)"
                        + " VALUES (:user, :name, :hash, :now)")
                .bind("user", userId).bind("name", name)
                .bind("hash", hash).bind("now", now.toEpochMilli()).execute());
    }

    Optional<Long> idOf(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM api_tokens WHERE token_hash = :hash")
                .bind("hash", hash).mapTo(Long.class).findOne());
    }

    /** The user of a token not revoked. */
    Optional<Long> userOfLive(String hash) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash).mapTo(Long.class).findOne());
    }

    /** Records that the token was used at {@code now}, unless that was recorded at or after {@code stale}. */
    void touch(String hash, Instant now, Instant stale) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash"
                        + " AND (last_used_at IS NULL OR last_used_at < :stale)")
                .bind("now", now.toEpochMilli()).bind("hash", hash).bind("stale", stale.toEpochMilli()).execute());
    }

    List<TokenInfo> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, u.email, t.name, t.created_at, t.last_used_at,"
                        + " t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id")
                .map((rs, ctx) -> new TokenInfo(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs.getObject("last_used_at")),
                        instant(rs.getObject("revoked_at"))))
                .list());
    }

    /** Revokes a token not yet revoked; returns whether there was one. */
    boolean revoke(long id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", now.toEpochMilli()).bind("id", id).execute()) == 1;
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
