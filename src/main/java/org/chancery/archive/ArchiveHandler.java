package org.chancery.archive;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.web.HttpError;
import org.chancery.web.Pages;

/** "All messages": {@code /{lang}/news?type=&year=&month=&page=}. */
public final class ArchiveHandler {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private final ArchiveService archive;
    private final Pages pages;

    public ArchiveHandler(ArchiveService archive, Pages pages) {
        this.archive = archive;
        this.pages = pages;
    }

    public void index(Context ctx) {
        String lang = pages.lang(ctx);
        Optional<Integer> year = number(ctx, "year", FIRST_YEAR, LAST_YEAR);
        Optional<Integer> month = number(ctx, "month", 1, 12);
        if (month.isPresent() && year.isEmpty()) {
            throw HttpError.badRequest("error.archive.monthWithoutYear");
        }
        var filter = new ArchiveFilter(lang, type(ctx), year, month);
        int page = number(ctx, "page", 1, Integer.MAX_VALUE).orElse(1);
        ArchivePage result = archive.page(filter, page).orElseThrow(HttpError::notFound);
        pages.render(ctx, lang, "archive/index.jte", result);
    }

    private static Optional<PublicationType> type(Context ctx) {
        String code = ctx.queryParam("type");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PublicationType.fromCode(code)
                .orElseThrow(() -> HttpError.badRequest("error.archive.badType", code)));
    }

    /** An optional whole number in [min, max]; anything else is a 400 naming the parameter. */
    private static Optional<Integer> number(Context ctx, String name, int min, int max) {
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
        throw HttpError.badRequest("error.archive.badNumber", name, text);
    }
}
