package org.chancery.admin;

import io.javalin.http.Context;
import org.chancery.account.AccountService;

/** {@code /admin/users}: everyone who may sign in; for administrators. */
public final class UsersHandler {
    private final AccountService accounts;
    private final AdminPages pages;

    public UsersHandler(AccountService accounts, AdminPages pages) {
        this.accounts = accounts;
        this.pages = pages;
    }

    public void index(Context ctx) {
        pages.render(ctx, "account/users.jte", new UsersPage(accounts.list()));
    }
}
