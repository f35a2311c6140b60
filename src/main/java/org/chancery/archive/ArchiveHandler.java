package org.chancery.archive;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.site.Pages;
import org.chancery.web.HttpError;
import org.chancery.web.QueryParams;

/**
 * "All messages": {@code /{lang}/news?type=&year=&month=&page=}, and the same pages at addresses
 * shaped like paths ({@code /{lang}/news/page/2}, {@code /{lang}/news/type/interview},
 * {@code /{lang}/news/type/interview/page/2}), which a static copy of the site serves as files. The
 * first page has one address, which names no page: {@code /en/news/page/1} redirects to
 * {@code /en/news}; a query-shaped address names its path-shaped form as canonical.
 */
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
        render(ctx, filter, page, false);
    }

    /** {@code /{lang}/news/page/{n}} and {@code /{lang}/news/type/{type}[/page/{n}]}: an unknown part is not found. */
    public void path(Context ctx) {
        String lang = pages.lang(ctx);
        Optional<PublicationType> type = Optional.empty();
        if (ctx.pathParamMap().containsKey("type")) {
            type = Optional.of(PublicationType.fromCode(ctx.pathParam("type")).orElseThrow(HttpError::notFound));
        }
        var filter = new ArchiveFilter(lang, type, Optional.empty(), Optional.empty());
        if (!ctx.pathParamMap().containsKey("page")) {
            render(ctx, filter, 1, true);
            return;
        }
        int page = pageNumber(ctx.pathParam("page"));
        if (page == 1) {  // the first page's address names no page: /en/news, /en/news/type/interview
            String query = ctx.queryString();
            String first = filter.href(1, true);
            ctx.redirect(query == null ? first : first + "?" + query, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        render(ctx, filter, page, true);
    }

    private static int pageNumber(String text) {
        if (!text.matches("[1-9][0-9]{0,8}")) {
            throw HttpError.notFound();
        }
        return Integer.parseInt(text);
    }

    private void render(Context ctx, ArchiveFilter filter, int page, boolean pathShaped) {
        ArchivePage result = archive.page(filter, page, pathShaped).orElseThrow(HttpError::notFound);
        pages.render(ctx, filter.lang(), "archive/index.jte", result);
    }
}
