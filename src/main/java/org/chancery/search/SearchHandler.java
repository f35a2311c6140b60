package org.chancery.search;

import io.javalin.http.Context;
import java.util.List;
import org.chancery.site.Pages;
import org.chancery.web.HttpError;

/**
 * The search page, {@code /{lang}/search?q=&type=&year=&page=}: the page's language first, then,
 * on the first page, the best few matches in each other language.
 */
public final class SearchHandler {
    /** How many matches of each other language the first page shows. */
    static final int ELSEWHERE = 3;

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
        List<LanguageHits> elsewhere = results.query().page() == 1
                ? search.elsewhere(results.query(), ELSEWHERE)
                : List.of();
        SearchPage page = new SearchPage(results, elsewhere);
        pages.render(ctx, lang, "search/index.jte", page);
    }
}
