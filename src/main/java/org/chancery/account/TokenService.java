package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.account.AccountException.Reason;
import org.jdbi.v3.core.Jdbi;

/** API tokens: shown once when created, stored as digests, acting with their user's role. */
public final class TokenService {
    public static final String PREFIX = "chy_";
    /** How stale "last used" may get: recording every request would make each API read a write. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A token as listed: never the secret itself. */
    public record TokenInfo(long id, String email, String name, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    private final Jdbi jdbi;
    private final UserRepository users;
    private final Secrets secrets;
    private final Clock clock;

    public TokenService(Jdbi jdbi, UserRepository users, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Creates a token for an active user and returns the secret, which is not kept. */
    public String create(String email, String name) {
        String normalized = AccountService.normalizeEmail(email);
        User user = users.byEmail(normalized)
                .orElseThrow(() -> new AccountException(Reason.NO_SUCH_USER, "email", normalized));
        if (user.disabled()) {
            throw new AccountException(Reason.USER_DISABLED, "email", user.email());
        }
        String label = name == null ? "" : name.strip();
        if (label.length() > AccountService.MAX_NAME_LENGTH) {
            throw new AccountException(Reason.INVALID_NAME, "name", AccountService.MAX_NAME_LENGTH, "a token name");
        }
        String token = PREFIX + secrets.newToken();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (user_id, name, token_hash, created_at)"
                        + " VALUES (:user, :name, :hash, :now)")
                .bind("user", user.id()).bind("name", label)
                .bind("hash", Secrets.digest(token)).bind("now", clock.millis()).execute());
        return token;
    }

    /** The id of a token, as {@link #list()} shows it, if the token exists. */
    public Optional<Long> idOf(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM api_tokens WHERE token_hash = :hash")
                .bind("hash", Secrets.digest(token)).mapTo(Long.class).findOne());
    }

    /** The active user behind a bearer token, if the token is live. */
    public Optional<User> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.digest(token);
        Optional<Long> userId = jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash).mapTo(Long.class).findOne());
        Optional<User> user = userId.flatMap(users::byId).filter(u -> !u.disabled());
        user.ifPresent(u -> touch(hash));
        return user;
    }

    private void touch(String hash) {
        long now = clock.millis();
        jdbi.useHandle(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash"
                        + " AND (last_used_at IS NULL OR last_used_at < :stale)")
                .bind("now", now).bind("hash", hash).bind("stale", now - LAST_USED_PRECISION.toMillis()).execute());
    }

    public List<TokenInfo> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, u.email, t.name, t.created_at, t.last_used_at,"
                        + " t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id")
                .map((rs, ctx) -> new TokenInfo(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs.getObject("last_used_at")),
                        instant(rs.getObject("revoked_at"))))
                .list());
    }

    /** Revokes a token by its id; revoking twice is refused. */
    public void revoke(long id) {
        int changed = jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .bind("now", clock.millis()).bind("id", id).execute());
        if (changed == 0) {
            throw new AccountException(Reason.NO_SUCH_TOKEN, "id", id);
        }
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
