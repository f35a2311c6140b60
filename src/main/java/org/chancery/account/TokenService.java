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

    private final TokenRepository tokens;
    private final UserRepository users;
    private final Secrets secrets;
    private final Clock clock;

    public TokenService(Jdbi jdbi, UserRepository users, Secrets secrets, Clock clock) {
        this.tokens = new TokenRepository(jdbi);
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Creates a token for an active user and returns the secret, which is not kept. */
    public String create(String email, String name) {
        AccountException.refuseControlCharacters("email", email);
        AccountException.refuseControlCharacters("name", name);
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
        tokens.insert(user.id(), label, Secrets.digest(token), clock.instant());
        return token;
    }

    /** The id of a token, as {@link #list()} shows it, if the token exists. */
    public Optional<Long> idOf(String token) {
        return tokens.idOf(Secrets.digest(token));
    }

    /** The active user behind a bearer token, if the token is live. */
    public Optional<User> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = Secrets.digest(token);
        Optional<User> user = tokens.userOfLive(hash).flatMap(users::byId).filter(u -> !u.disabled());
        user.ifPresent(u -> touch(hash));
        return user;
    }

    private void touch(String hash) {
        Instant now = clock.instant();
        tokens.touch(hash, now, now.minus(LAST_USED_PRECISION));
    }

    public List<TokenInfo> list() {
        return tokens.list();
    }

    /** Revokes a token by its id; revoking twice is refused. */
    public void revoke(long id) {
        if (!tokens.revoke(id, clock.instant())) {
            throw new AccountException(Reason.NO_SUCH_TOKEN, "id", id);
        }
    }
}
