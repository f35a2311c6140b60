package org.chancery.archive;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.web.HttpError;
import org.chancery.web.Pages;
import org.chancery.web.Shown;
import org.chancery.web.QueryParams;

/** "All messages": {@code /{lang}/news?type=&year=&month=&page=}. */
public final class ArchiveHandler {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    private static final String BAD_NUMBER = "error.archive.badNumber";

    private final ArchiveService archive;
    private final Pages pages;

    public ArchiveHandler(ArchiveService archive, Pages pages) {
        this.archive = archive;
        this.pages = pages;
    }

    public void index(Context ctx) {
        String lang = pages.lang(ctx);
        Optional<Integer> year = QueryParams.number(ctx, "year", FIRST_YEAR, LAST_YEAR, BAD_NUMBER);
        Optional<Integer> month = QueryParams.number(ctx, "month", 1, 12, BAD_NUMBER);
        if (month.isPresent() && year.isEmpty()) {
            throw HttpError.badRequest("error.archive.monthWithoutYear");
        }
        var type = QueryParams.code(ctx, "type", PublicationType::fromCode, "error.archive.badType");
        var filter = new ArchiveFilter(lang, type, year, month);
        int page = QueryParams.number(ctx, "page", 1, Integer.MAX_VALUE, BAD_NUMBER).orElse(1);
        ArchivePage result = archive.page(filter, page).orElseThrow(HttpError::notFound);
        Shown.on(ctx, List.of(Shown.LISTS));
        pages.render(ctx, lang, "archive/index.jte", result);
    }
}
