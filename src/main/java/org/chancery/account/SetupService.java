package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.chancery.account.AccountException.Reason;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The one-time link that creates the first administrator in the browser. It exists only while
 * no active administrator does, is valid for an hour and works once; the table keeps its digest.
 */
public final class SetupService {
    public static final Duration VALID_FOR = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Secrets secrets;
    private final Clock clock;

    public SetupService(Jdbi jdbi, AccountService accounts, AuditLog audit, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A new setup token when there is no active administrator; empty otherwise. */
    public Optional<String> offerIfNoAdmin() {
        if (accounts.anyActiveAdmin()) {
            return Optional.empty();
        }
        String token = secrets.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM setup_tokens WHERE expires_at <= :now").bind("now", now).execute();
            h.createUpdate("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (:hash, :expires)")
                    .bind("hash", Secrets.digest(token)).bind("expires", now + VALID_FOR.toMillis()).execute();
        });
        return Optional.of(token);
    }

    /** Whether the token may still create the first administrator. */
    public boolean usable(String token) {
        if (token == null || token.isBlank() || accounts.anyActiveAdmin()) {
            return false;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setup_tokens"
                        + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("hash", Secrets.digest(token)).bind("now", clock.millis()).mapTo(Long.class).one() > 0);
    }

    /**
     * Uses the token up and creates the first administrator, both or neither (with the audit
     * entry, in which the new administrator is the actor): a refused e-mail or password leaves
     * the token usable.
     */
    public User createFirstAdmin(String token, String email, String name, String password) {
        AccountService.checkNewUser(email, name, password);
        return jdbi.inTransaction(h -> {
            int claimed = h.createUpdate("UPDATE setup_tokens SET used_at = :now"
                            + " WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                    .bind("now", clock.millis()).bind("hash", Secrets.digest(token == null ? "" : token)).execute();
            if (claimed == 0 || accounts.anyActiveAdmin()) {
                throw new AccountException(Reason.SETUP_LINK_INVALID, "token");
            }
            User admin = accounts.add(email, name, Role.ADMIN, password);
            audit.record(h, new AuditEntry(clock.instant(), admin.id(), admin.email(), "user.add",
                    "user:" + admin.id(), "admin, first administrator, by the setup link"));
            return admin;
        });
    }
}
