package org.chancery.account;

import java.time.Clock;
import org.chancery.audit.AuditLog;
import org.chancery.config.Config.PasswordCost;
import org.jdbi.v3.core.Jdbi;

/**
 * The account services of one database, wired alike for the web application and for the
 * command line, which both work on the same tables.
 */
public record Accounts(AccountService users, SessionService sessions, TokenService tokens, SetupService setup) {

    public static Accounts on(Jdbi jdbi, Clock clock) {
        return on(jdbi, clock, PasswordCost.STANDARD);
    }

    /** As {@link #on(Jdbi, Clock)}, with new passwords hashed at {@code cost}. */
    public static Accounts on(Jdbi jdbi, Clock clock, PasswordCost cost) {
        var secrets = new Secrets();
        var repository = new UserRepository(jdbi);
        var sessions = new SessionService(jdbi, repository, secrets, clock);
        var hasher = new PasswordHasher(secrets, cost.memoryKb(), cost.iterations());
        var users = new AccountService(repository, sessions, hasher, clock);
        return new Accounts(users, sessions, new TokenService(jdbi, repository, secrets, clock),
                new SetupService(jdbi, users, new AuditLog(jdbi), secrets, clock));
    }
}
