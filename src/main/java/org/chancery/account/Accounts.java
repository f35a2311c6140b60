package org.chancery.account;

import java.time.Clock;
import org.chancery.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The account services of one database, wired alike for the web application and for the
 * command line, which both work on the same tables.
 */
public record Accounts(AccountService users, SessionService sessions, TokenService tokens, SetupService setup) {

    public static Accounts on(Jdbi jdbi, Clock clock) {
        var secrets = new Secrets();
        var repository = new UserRepository(jdbi);
        var sessions = new SessionService(jdbi, repository, secrets, clock);
        var users = new AccountService(repository, sessions, new PasswordHasher(secrets), clock);
        return new Accounts(users, sessions, new TokenService(jdbi, repository, secrets, clock),
                new SetupService(jdbi, users, new AuditLog(jdbi), secrets, clock));
    }
}
