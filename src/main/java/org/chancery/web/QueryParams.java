package org.chancery.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Optional query-string values that must make sense when given: a value that does not is a 400
 * whose message (by {@code badKey}) names the parameter and the value.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /** A whole number in [min, max], or empty when the parameter is absent or blank. */
    public static Optional<Integer> number(Context ctx, String name, int min, int max, String badKey) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw HttpError.badParameter(name, badKey, name, text);
    }

    /** One of a set of codes, read by {@code fromCode}; empty when absent or blank. */
    public static <T> Optional<T> code(Context ctx, String name, Function<String, Optional<T>> fromCode,
            String badKey) {
        String code = ctx.queryParam(name);
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromCode.apply(code.strip()).orElseThrow(() -> HttpError.badParameter(name, badKey, code)));
    }
}
