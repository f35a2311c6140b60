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

    private final SessionRepository sessions;
    private final UserRepository users;
    private final Secrets secrets;
    private final Clock clock;

    public SessionService(Jdbi jdbi, UserRepository users, Secrets secrets, Clock clock) {
        this.sessions = new SessionRepository(jdbi);
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Session start(User user) {
        String token = secrets.newToken();
        String csrf = secrets.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        sessions.insert(Secrets.digest(token), user.id(), csrf, now, expires);
        return new Session(token, user, csrf, expires);
    }

    /** The session for a cookie's token, if it is live and its user is not disabled. */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return sessions.live(Secrets.digest(token), clock.instant()).flatMap(r -> users.byId(r.userId())
                .filter(u -> !u.disabled())
                .map(u -> new Session(token, u, r.csrfToken(), r.expiresAt())));
    }

    public void end(String token) {
        sessions.delete(Secrets.digest(token));
    }

    /** Ends every session of a user; returns how many there were. */
    public int endAllFor(long userId) {
        return sessions.deleteAllOf(userId);
    }

    public void endAllForExcept(long userId, String keepToken) {
        sessions.deleteAllOfExcept(userId, keepToken == null ? "" : Secrets.digest(keepToken));
    }

    /** Removes expired sessions; cheap enough to run at start-up and now and then. */
    public int purgeExpired() {
        return sessions.deleteExpired(clock.instant());
    }
}
