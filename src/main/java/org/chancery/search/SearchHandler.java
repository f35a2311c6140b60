package org.chancery.search;

import io.javalin.http.Context;
import org.chancery.web.HttpError;
import org.chancery.web.Pages;

/** The search page, {@code /{lang}/search?q=&type=&year=&page=}. */
public final class SearchHandler {
    private final SearchService search;
    private final Pages pages;

    public SearchHandler(SearchService search, Pages pages) {
        this.search = search;
        this.pages = pages;
    }

    public void page(Context ctx) {
        String lang = pages.lang(ctx);
        SearchResults results = search.search(SearchRequest.read(ctx, lang));
        if (results.query().page() > results.pages()) {
            throw HttpError.notFound();
        }
        ctx.header("Cache-Control", "no-cache");
        pages.render(ctx, lang, "search/index.jte", new SearchPage(results));
    }
}
