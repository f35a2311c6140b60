package org.chancery.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.validation.ControlCharacters;

/**
 * Optional query-string values that must make sense when given: a value that does not is a 400
 * whose message (by {@code badKey}) names the parameter and the value.
 */
public final class QueryParams {
    private QueryParams() {
    }

    /**
     * Refuses, before any handler reads it, a query whose names or values hold a control character
     * ({@link ControlCharacters}): a 400 naming the parameter, where a filter or a search would have
     * carried it into a query (PostgreSQL fails on U+0000) or a page.
     */
    public static void refuseControlCharacters(Context ctx) {
        if (ctx.queryString() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            String name = param.getKey();
            String bad = ControlCharacters.isClean(name) ? param.getValue().stream()
                    .filter(v -> !ControlCharacters.isClean(v)).findFirst().orElse(null) : name;
            if (bad != null) {
                String character = ControlCharacters.problem(name, bad).orElseThrow().args().get(1).toString();
                throw HttpError.badRequest("error.controlCharacter", ControlCharacters.strip(name), character);
            }
        }
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
