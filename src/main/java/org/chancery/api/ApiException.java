package org.chancery.api;

import java.util.Map;
import org.chancery.web.Problem;

/** A request the API refuses before any service sees it: malformed, unauthenticated or too large. */
final class ApiException extends RuntimeException {
    private final transient Problem problem;

    private ApiException(Problem problem) {
        super(problem.status() + " " + problem.detail());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    static ApiException malformed(String detail) {
        return new ApiException(ApiProblems.problem(400, "malformed-request", "Malformed request", detail));
    }

    static ApiException unauthenticated(String detail) {
        return new ApiException(ApiProblems.problem(401, "unauthenticated", "Not authenticated", detail));
    }

    static ApiException tooLarge(String detail) {
        return new ApiException(ApiProblems.problem(413, "too-large", "Request too large", detail));
    }

    static ApiException unsupportedMediaType(String detail) {
        return new ApiException(ApiProblems.problem(415, "unsupported-media-type", "Unsupported media type", detail));
    }

    static ApiException invalidParameter(String name, String detail) {
        return new ApiException(Problem.invalidParameter(name, detail));
    }

    /** Unpublished: the address is gone, or has moved to {@code replacement} (an absolute URL, or null). */
    static ApiException gone(String detail, String replacement) {
        return new ApiException(new Problem(ApiProblems.TYPE_PREFIX + "gone", "Gone", 410, detail,
                replacement == null ? Map.of() : Map.of("replacement", replacement)));
    }

    static ApiException of(Problem problem) {
        return new ApiException(problem);
    }

    static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, "Not Found", detail));
    }
}
