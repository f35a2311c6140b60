package org.chancery.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.chancery.editorial.EditorialException;
import org.chancery.editorial.VersionConflictException;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;
import org.chancery.web.Problem;
import org.chancery.web.ProblemDetails;

/**
 * Answers the API's refusals as problem details: each kind of editorial rule with its status
 * and a problem type of its own (listed in docs/api.md), with the members a client needs to
 * recover, such as the invalid fields or what changed since the version it edited.
 */
final class ApiProblems {
    static final String TYPE_PREFIX = Problem.TYPE_PREFIX;

    private final ProblemDetails details;

    ApiProblems(ProblemDetails details) {
        this.details = details;
    }

    static Problem problem(int status, String type, String title, String detail) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, Map.of());
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.problem()));
        routes.exception(EditorialException.class, (e, ctx) -> write(ctx, of(e)));
        routes.exception(InvalidInput.class, (e, ctx) -> write(ctx, invalid(e)));
    }

    private void write(Context ctx, Problem problem) {
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"chancery\"");
        }
        details.write(ctx, problem);
    }

    static Problem of(EditorialException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> Problem.of(404, "Not Found", e.getMessage());
            case ROLE -> problem(403, "role", "Not allowed for this role", e.getMessage());
            case RULE -> problem(403, "workflow-rule", "Refused by a workflow rule", e.getMessage());
            case STATE -> problem(409, "state-conflict", "Not possible in the present state", e.getMessage());
            case VERSION -> conflict((VersionConflictException) e);
            case TOO_LARGE -> problem(413, "too-large", "Request too large", e.getMessage());
        };
    }

    /** Every invalid field in the {@code errors} member; the detail names the field when there is one. */
    static Problem invalid(InvalidInput e) {
        List<FieldProblem> problems = e.problems();
        String detail = problems.size() == 1
                ? problems.get(0).field() + ": " + problems.get(0).detail()
                : problems.size() + " fields are not valid";
        List<Map<String, String>> errors = problems.stream().map(ApiProblems::error).toList();
        return new Problem(TYPE_PREFIX + "invalid-fields", "Invalid fields", 422, detail, Map.of("errors", errors));
    }

    private static Map<String, String> error(FieldProblem f) {
        return Map.of("pointer", "#/" + f.field().replace('[', '/').replace("]", ""), "field", f.field(),
                "code", f.code(), "detail", f.detail());
    }

    private static Problem conflict(VersionConflictException e) {
        return new Problem(TYPE_PREFIX + "version-conflict", "Changed by someone else", 409, e.getMessage(), Map.of(
                "yourVersion", e.expectedVersion(),
                "currentVersion", e.current().version(),
                "changes", e.changes(),
                "current", PublicationJson.of(e.current())));
    }
}
