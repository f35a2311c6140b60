package org.chancery.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.chancery.account.SignInService;
import org.chancery.account.SignInService.Outcome;
import org.chancery.account.SignInService.Refused;
import org.chancery.account.SignInService.SignedIn;
import org.chancery.web.ClientAddress;
import org.chancery.web.LocalPath;
import org.chancery.web.Localizer;

/** {@code /admin/sign-in} and {@code /admin/sign-out}. */
public final class SignInHandler {
    static final String HOME = "/admin";

    private final SignInService signIn;
    private final Auth auth;
    private final Csrf csrf;
    private final AdminPages pages;
    private final Supplier<ZoneId> homeZone;
    private final Clock clock;

    public SignInHandler(SignInService signIn, Auth auth, Csrf csrf, AdminPages pages, Supplier<ZoneId> homeZone,
            Clock clock) {
        this.signIn = signIn;
        this.auth = auth;
        this.csrf = csrf;
        this.pages = pages;
        this.homeZone = homeZone;
        this.clock = clock;
    }

    public void form(Context ctx) {
        String back = LocalPath.orElse(ctx.queryParam("return"), HOME);
        if (auth.session(ctx).isPresent()) {
            ctx.redirect(back, HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, HttpStatus.OK, back, "", null);
    }

    public void submit(Context ctx) {
        String email = ctx.formParam("email");
        String back = LocalPath.orElse(ctx.formParam("return"), HOME);
        Outcome outcome = signIn.signIn(email, ctx.formParam("password"), ClientAddress.of(ctx));
        Localizer t = pages.localizer();
        if (outcome instanceof SignedIn signedIn) {
            auth.startSession(ctx, signedIn.session());
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Refused refused) {
            ZonedDateTime until = roundedUp(refused.until(), homeZone.get());
            long seconds = Math.max(1, ChronoUnit.SECONDS.between(clock.instant(), refused.until()));
            ctx.header("Retry-After", String.valueOf(seconds));
            show(ctx, HttpStatus.TOO_MANY_REQUESTS, back, email,
                    t.text("account.signIn.throttled", t.time(until.toLocalTime()), until.getZone().getId()));
        } else {
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, back, email, t.text("account.signIn.rejected"));
        }
    }

    public void signOut(Context ctx) {
        auth.endSession(ctx);
        ctx.redirect(Auth.SIGN_IN, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, HttpStatus status, String back, String email, String error) {
        ctx.status(status);
        pages.render(ctx, "account/sign-in.jte", new SignInPage(csrf.formToken(ctx), back, email == null ? "" : email,
                error));
    }

    /** "Try again after 13:05" must not be a minute early, so the time is rounded up to the minute. */
    static ZonedDateTime roundedUp(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        ZonedDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(at) ? minute : minute.plusMinutes(1);
    }
}
