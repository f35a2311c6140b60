package org.chancery.editor;

import io.javalin.http.Context;
import org.chancery.web.HttpError;
import org.chancery.web.PathParams;

/** The numbers in the editor's addresses and forms; a malformed one is a 404 (in a path) or a 400. */
final class EditorParams {
    /** The most revisions a publication's path may name: nine digits, so the number is an int. */
    private static final long MAX_REVISION = 999_999_999;

    private EditorParams() {
    }

    /** The publication's id in the path. */
    static long id(Context ctx) {
        return PathParams.id(ctx, "id");
    }

    /** A revision's number in the path. */
    static int revision(Context ctx) {
        long number = PathParams.id(ctx, "number");
        if (number > MAX_REVISION) {
            throw HttpError.notFound();
        }
        return (int) number;
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
        return PathParams.id(text == null ? null : text.strip()).orElseThrow(() ->
                HttpError.badRequest("error.archive.badNumber", "version", String.valueOf(text)));
    }
}
