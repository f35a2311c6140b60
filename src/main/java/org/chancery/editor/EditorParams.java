package org.chancery.editor;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.web.HttpError;

/** The numbers in the editor's addresses and forms; a malformed one is a 404 (in a path) or a 400. */
final class EditorParams {
    private static final String WHOLE = "[1-9][0-9]{0,17}";

    private EditorParams() {
    }

    /** The publication's id in the path. */
    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches(WHOLE)) {
            throw HttpError.notFound();
        }
        return Long.parseLong(text);
    }

    /** A revision's number in the path. */
    static int revision(Context ctx) {
        String text = ctx.pathParam("number");
        if (!text.matches("[1-9][0-9]{0,8}")) {
            throw HttpError.notFound();
        }
        return Integer.parseInt(text);
    }

    static int page(Context ctx) {
        String text = ctx.queryParam("page");
        if (text == null || text.isBlank()) {
            return 1;
        }
        if (!text.strip().matches("[1-9][0-9]{0,8}")) {
            throw HttpError.badRequest("error.archive.badNumber", "page", text);
        }
        return Integer.parseInt(text.strip());
    }

    /** The version a form was begun on. */
    static long version(Context ctx) {
        String text = ctx.formParam("version");
        if (text == null || !text.strip().matches(WHOLE)) {
            throw HttpError.badRequest("error.archive.badNumber", "version", String.valueOf(text));
        }
        return Long.parseLong(text.strip());
    }

    static Optional<Long> wholeNumber(String text) {
        return text.matches(WHOLE) ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
