package org.chancery.search;

import java.util.Objects;
import java.util.Optional;
import org.chancery.publication.PublicationType;

/**
 * A search as a reader asks for it: the words typed, in one language, optionally narrowed to a
 * type and a year of publication (in the home zone), and the page of results (from 1).
 */
public record SearchQuery(String lang, String text, Optional<PublicationType> type, Optional<Integer> year, int page) {
    /** Longer queries are refused: nobody types them, and each word costs a little. */
    public static final int MAX_LENGTH = 500;
    /** Results are shown ten a page, up to page 100. */
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        Objects.requireNonNull(lang, "lang");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a query may have at most " + MAX_LENGTH + " characters");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ", got " + page);
        }
    }

    public static SearchQuery of(String lang, String text) {
        return new SearchQuery(lang, text, Optional.empty(), Optional.empty(), 1);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public SearchQuery withType(PublicationType t) {
        return new SearchQuery(lang, text, Optional.ofNullable(t), year, 1);
    }

    public SearchQuery withYear(Integer y) {
        return new SearchQuery(lang, text, type, Optional.ofNullable(y), 1);
    }

    /** The same words, type and year in another language, from its first page. */
    public SearchQuery in(String other) {
        return new SearchQuery(other, text, type, year, 1);
    }

    public SearchQuery withPage(int p) {
        return new SearchQuery(lang, text, type, year, p);
    }
}
