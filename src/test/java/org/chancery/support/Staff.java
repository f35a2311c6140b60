package org.chancery.support;

import java.time.Clock;
import org.chancery.account.AccountService;
import org.chancery.account.PasswordHasher;
import org.chancery.account.Role;
import org.chancery.account.Secrets;
import org.chancery.account.SessionService;
import org.chancery.account.TokenService;
import org.chancery.account.User;
import org.chancery.account.UserRepository;
import org.jdbi.v3.core.Jdbi;

/** Members of the press office for tests: users with a role and an API token, made through the account services. */
public final class Staff {
    /** A user and the secret of their API token. */
    public record Member(User user, String token) {
        public long id() {
            return user.id();
        }
    }

    private final AccountService accounts;
    private final TokenService tokens;

    public Staff(Jdbi jdbi, Clock clock) {
        var users = new UserRepository(jdbi);
        var secrets = new Secrets();
        // Argon2's cheapest parameters: these passwords guard nothing.
        this.accounts = new AccountService(users, new SessionService(jdbi, users, secrets, clock),
                new PasswordHasher(secrets, 8, 1), clock);
        this.tokens = new TokenService(jdbi, users, secrets, clock);
    }

    public static Staff of(TestSite site) {
        return new Staff(site.app().database().jdbi(), site.app().config().clock());
    }

    public Member add(String email, Role role) {
        User user = accounts.add(email, email.substring(0, email.indexOf('@')), role, "correct horse battery staple");
        return new Member(user, tokens.create(email, "tests"));
    }

    public AccountService accounts() {
        return accounts;
    }
}
