package org.chancery.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Optional;
import java.util.Set;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.web.AllowedMethods;
import org.chancery.web.ClientFailure;
import org.chancery.web.ErrorPage;
import org.chancery.web.HttpError;
import org.chancery.web.Localizer;
import org.chancery.web.Problem;
import org.chancery.web.ProblemDetails;
import org.chancery.web.RequestFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a page in the site's layout with the right status: our own
 * {@link HttpError}s, Javalin's (an unknown route is a 404), a failure of the client's making
 * ({@link ClientFailure}: a hang-up, a body sent too slowly, a malformed request; logged in one
 * line under its own status) and anything unexpected (500, logged with its stack trace, with
 * nothing about it shown to the reader). Under {@code /api/} the same failures
 * are answered as JSON problem details instead of pages.
 */
public final class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429);

    private final Pages pages;
    private final AdminPages admin;
    private final ProblemDetails problems;

    public ErrorHandling(Pages pages, AdminPages admin, ProblemDetails problems) {
        this.pages = pages;
        this.admin = admin;
        this.problems = problems;
    }

    public void register(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> show(ctx, e, e.status(), e.messageKey(), e.args()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e instanceof MethodNotAllowedResponse notAllowed && AllowedMethods.answer(ctx, notAllowed)) {
                return;
            }
            show(ctx, null, e.getStatus(), messageKey(e.getStatus()));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            Optional<ClientFailure> client = ClientFailure.of(e);
            if (client.isPresent()) {
                clientFailed(ctx, client.get());
                return;
            }
            log.error("{} {} failed", RequestFilter.method(ctx), Auth.loggable(ctx.path()), e);
            show(ctx, null, 500, messageKey(500));
        });
    }

    /** One line, no stack trace: the client's doing, not the server's; an answer only if it can still arrive. */
    private void clientFailed(Context ctx, ClientFailure failure) {
        log.info("{} {}: {}, answered {}", RequestFilter.method(ctx), Auth.loggable(ctx.path()), failure.what(), failure.status());
        if (failure.aborted() || !KNOWN.contains(failure.status())) {
            ctx.status(failure.status()).result("");
        } else {
            show(ctx, null, failure.status(), messageKey(failure.status()));
        }
    }

    private static String messageKey(int status) {
        return KNOWN.contains(status) || status == 500 ? "error." + status + ".message" : "error.500.message";
    }

    /** The page (or problem) for {@code status}; {@code error}, when ours, may name the parameter at fault. */
    private void show(Context ctx, HttpError error, int status, String messageKey, Object... args) {
        String lang = languageOf(ctx);
        Localizer t = pages.localizer(lang);
        int shown = KNOWN.contains(status) ? status : 500;
        ErrorPage page = new ErrorPage(shown, t.text("error." + shown + ".title"), t.text(messageKey, args));
        if (problems.answers(ctx)) {
            Optional<String> parameter = error == null ? Optional.empty() : error.parameter();
            problems.write(ctx, parameter.map(name -> Problem.invalidParameter(name, page.message()))
                    .orElseGet(() -> Problem.of(status, HttpStatus.forStatus(status).getMessage(), page.message())));
            return;
        }
        ctx.status(status);
        try {
            if (admin.owns(ctx)) {
                admin.render(ctx, "error/admin.jte", page);
            } else {
                pages.render(ctx, lang, "error/show.jte", page);
            }
        } catch (RuntimeException e) {
            log.error("the error page itself failed for {}", Auth.loggable(ctx.path()), e);
            ctx.contentType("text/plain; charset=utf-8").result(page.title());
        }
    }

    /** The language of the failed page's path, or the default when the path has none. */
    private String languageOf(Context ctx) {
        String[] segments = ctx.path().split("/");
        String candidate = segments.length > 1 ? segments[1] : "";
        return pages.localizer(candidate).lang();
    }
}
