package org.chancery.search;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.web.HttpError;

/**
 * Reads a search from a request's query string, {@code ?q=&type=&year=&page=}, for the search
 * page and the API alike; a value that makes no sense is a 400 naming it.
 */
public final class SearchRequest {
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private SearchRequest() {
    }

    public static SearchQuery read(Context ctx, String lang) {
        String text = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw HttpError.badRequest("error.search.tooLong", SearchQuery.MAX_LENGTH);
        }
        Optional<Integer> year = number(ctx, "year", FIRST_YEAR, LAST_YEAR);
        int page = number(ctx, "page", 1, SearchQuery.MAX_PAGE).orElse(1);
        return new SearchQuery(lang, text, type(ctx), year, page);
    }

    private static Optional<PublicationType> type(Context ctx) {
        String code = ctx.queryParam("type");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PublicationType.fromCode(code.strip())
                .orElseThrow(() -> HttpError.badRequest("error.search.badType", code)));
    }

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
        throw HttpError.badRequest("error.search.badNumber", name, text);
    }
}
