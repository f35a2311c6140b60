package org.chancery.support;

import java.time.Clock;
import org.chancery.account.AccountService;
import org.chancery.account.Accounts;
import org.chancery.account.Role;
import org.chancery.account.TokenService;
import org.chancery.account.User;
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
        Accounts all = Accounts.on(jdbi, clock, TestSite.CHEAP_PASSWORDS);
        this.accounts = all.users();
        this.tokens = all.tokens();
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
