package org.chancery.search;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.web.HttpError;
import org.chancery.web.QueryParams;

/**
 * Reads a search from a request's query string, {@code ?q=&type=&year=&page=}, for the search
 * page and the API alike; a value that makes no sense is a 400 naming it.
 */
public final class SearchRequest {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    private static final String BAD_NUMBER = "error.search.badNumber";

    private SearchRequest() {
    }

    public static SearchQuery read(Context ctx, String lang) {
        String text = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw HttpError.badParameter("q", "error.search.tooLong", SearchQuery.MAX_LENGTH);
        }
        Optional<Integer> year = QueryParams.number(ctx, "year", FIRST_YEAR, LAST_YEAR, BAD_NUMBER);
        int page = QueryParams.number(ctx, "page", 1, SearchQuery.MAX_PAGE, BAD_NUMBER).orElse(1);
        var type = QueryParams.code(ctx, "type", PublicationType::fromCode, "error.search.badType");
        return new SearchQuery(lang, text, type, year, page);
    }
}
