package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Server-side sessions in the database, so any node can serve any signed-in editor. The
 * browser holds a random token; the table holds its digest, the user and a CSRF token.
 */
public final class SessionService {
    public static final Duration LIFETIME = Duration.ofHours(12);

    /** A live session: the user behind it and the CSRF token its forms must carry. */
    public record Session(String token, User user, String csrfToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Session[user=" + user.id() + ", expiresAt=" + expiresAt + "]";
        }
    }

    private record Row(long userId, String csrfToken, Instant expiresAt) {
    }

    private final Jdbi jdbi;
    private final UserRepository users;
    private final Secrets secrets;
    private final Clock clock;

    public SessionService(Jdbi jdbi, UserRepository users, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Session start(User user) {
        String token = secrets.newToken();
        String csrf = secrets.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                        + " VALUES (:hash, :user, :csrf, :now, :expires)")
                .bind("hash", Secrets.digest(token)).bind("user", user.id()).bind("csrf", csrf)
                .bind("now", now.toEpochMilli()).bind("expires", expires.toEpochMilli()).execute());
        return new Session(token, user, csrf, expires);
    }

    /** The session for a cookie's token, if it is live and its user is not disabled. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT user_id, csrf_token, expires_at FROM sessions"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", Secrets.digest(token)).bind("now", clock.millis())
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .findOne());
        return row.flatMap(r -> users.byId(r.userId())
                .filter(u -> !u.disabled())
                .map(u -> new Session(token, u, r.csrfToken(), r.expiresAt())));
    }

    public void end(String token) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", Secrets.digest(token)).execute());
    }

    /** Ends every session of a user; returns how many there were. */
    public int endAllFor(long userId) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user")
                .bind("user", userId).execute());
    }

    public void endAllForExcept(long userId, String keepToken) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep")
                .bind("user", userId).bind("keep", keepToken == null ? "" : Secrets.digest(keepToken)).execute());
    }

    /** Removes expired sessions; cheap enough to run at start-up and now and then. */
    public int purgeExpired() {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", clock.millis()).execute());
    }
}
