package org.chancery.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.account.AccountException;
import org.chancery.account.AccountService;
import org.chancery.account.SessionService.Session;
import org.chancery.web.FieldMessages;

/** {@code /admin/password}: changing one's own password ends one's other sessions. */
public final class PasswordHandler {
    static final String PATH = "/admin/password";

    private final AccountService accounts;
    private final Auth auth;
    private final AdminPages pages;

    public PasswordHandler(AccountService accounts, Auth auth, AdminPages pages) {
        this.accounts = accounts;
        this.auth = auth;
        this.pages = pages;
    }

    public void form(Context ctx) {
        show(ctx, HttpStatus.OK, ctx.queryParam("changed") != null, null);
    }

    public void change(Context ctx) {
        Session session = auth.session(ctx).orElseThrow();
        String replacement = ctx.formParam("password");
        if (replacement != null && !replacement.equals(ctx.formParam("repeat"))) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, false, pages.localizer().text("account.password.mismatch"));
            return;
        }
        try {
            accounts.changePassword(session.user(), ctx.formParam("current"), replacement, session.token());
            ctx.redirect(PATH + "?changed", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, false, FieldMessages.text(pages.localizer(), e.problem()));
        }
    }

    private void show(Context ctx, HttpStatus status, boolean changed, String error) {
        ctx.status(status);
        pages.render(ctx, "account/password.jte", new PasswordPage(changed, error, AccountService.MIN_PASSWORD_LENGTH));
    }
}
