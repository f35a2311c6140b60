package org.chancery.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ids in the site's addresses ({@code /admin/publications/{id}}): a positive whole number
 * written plainly, at most 18 digits. Anything else names nothing, so it is a 404.
 */
public final class PathParams {
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private PathParams() {
    }

    /** The id in the path parameter {@code name}; a 404 when it is not one. */
    public static long id(Context ctx, String name) {
        return id(ctx.pathParam(name)).orElseThrow(HttpError::notFound);
    }

    /** The id {@code text} is, or empty when it is not one; for an id given elsewhere than a page's path. */
    public static Optional<Long> id(String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
