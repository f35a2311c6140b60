package org.chancery.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final SetupTokenRepository links = new SetupTokenRepository();
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

    /** Whether there is no active administrator yet, so a setup link would be offered. */
    public boolean needed() {
        return !accounts.anyActiveAdmin();
    }

    /** A new setup token when there is no active administrator; empty otherwise. */
    public Optional<String> offerIfNoAdmin() {
        if (accounts.anyActiveAdmin()) {
            return Optional.empty();
        }
        String token = secrets.newToken();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> links.insert(h, Secrets.digest(token), now, now.plus(VALID_FOR)));
        return Optional.of(token);
    }

    /** Whether the token may still create the first administrator. */
    public boolean usable(String token) {
        if (token == null || token.isBlank() || accounts.anyActiveAdmin()) {
            return false;
        }
        return jdbi.withHandle(h -> links.usable(h, Secrets.digest(token), clock.instant()));
    }

    /**
     * Uses the token up and creates the first administrator, both or neither (with the audit
     * entry, in which the new administrator is the actor): a refused e-mail or password leaves
     * the token usable.
     */
    public User createFirstAdmin(String token, String email, String name, String password) {
        AccountService.checkNewUser(email, name, password);
        return jdbi.inTransaction(h -> {
            boolean claimed = links.use(h, Secrets.digest(token == null ? "" : token), clock.instant());
            if (!claimed || accounts.anyActiveAdmin()) {
                throw new AccountException(Reason.SETUP_LINK_INVALID, "token");
            }
            User admin = accounts.add(email, name, Role.ADMIN, password);
            audit.record(h, new AuditEntry(clock.instant(), admin.id(), admin.email(), "user.add",
                    "user:" + admin.id(), "admin, first administrator, by the setup link"));
            return admin;
        });
    }
}
