package org.chancery.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.account.AccountException;
import org.chancery.account.AccountService;
import org.chancery.account.SessionService;
import org.chancery.account.SetupService;
import org.chancery.account.User;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;

/** {@code /admin/setup/{token}}: the one-time link that creates the first administrator. */
public final class SetupHandler {
    private final SetupService setup;
    private final SessionService sessions;
    private final Auth auth;
    private final Csrf csrf;
    private final AdminPages pages;

    public SetupHandler(SetupService setup, SessionService sessions, Auth auth, Csrf csrf, AdminPages pages) {
        this.setup = setup;
        this.sessions = sessions;
        this.auth = auth;
        this.csrf = csrf;
        this.pages = pages;
    }

    public void form(Context ctx) {
        if (!setup.usable(ctx.pathParam("token"))) {
            throw invalidLink();
        }
        show(ctx, HttpStatus.OK, "", "", null);
    }

    /** Creates the administrator and signs them in. */
    public void create(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        if (password != null && !password.equals(ctx.formParam("repeat"))) {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, email, name, pages.localizer().text("account.password.mismatch"));
            return;
        }
        try {
            User admin = setup.createFirstAdmin(ctx.pathParam("token"), email, name, password);
            auth.startSession(ctx, sessions.start(admin));
            ctx.redirect(SignInHandler.HOME, HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            if (e.reason() == AccountException.Reason.SETUP_LINK_INVALID) {
                throw invalidLink();
            }
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, email, name, FieldMessages.text(pages.localizer(), e.problem()));
        }
    }

    private static HttpError invalidLink() {
        return new HttpError(404, "account.error.setup-link-invalid");
    }

    private void show(Context ctx, HttpStatus status, String email, String name, String error) {
        ctx.status(status);
        pages.render(ctx, "account/setup.jte", new SetupPage(csrf.formToken(ctx), ctx.path(), orEmpty(email),
                orEmpty(name), error, AccountService.MIN_PASSWORD_LENGTH));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
