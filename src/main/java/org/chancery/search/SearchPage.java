package org.chancery.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.archive.Pager;
import org.chancery.publication.PublicationType;
import org.chancery.site.PublicPage;
import org.chancery.site.Shown;

/**
 * The search page: the form, what was found, the facets to narrow it and the pager, then the
 * best matches in the site's other languages.
 *
 * @param elsewhere the best matches in each other language that has any, on the first page only
 */
public record SearchPage(SearchResults results, List<LanguageHits> elsewhere) implements PublicPage {

    /** Results are searched afresh each time; in another language, the same search. */
    @Override
    public Shown shown() {
        return Shown.nothingKept().withSameIn(this::hrefIn);
    }

    public SearchPage {
        elsewhere = List.copyOf(elsewhere);
    }

    public static String path(String lang) {
        return "/" + lang + "/search";
    }

    public SearchQuery query() {
        return results.query();
    }

    public String path() {
        return path(query().lang());
    }

    public Pager pager() {
        return Pager.of(query().page(), results.pages());
    }

    /** The number of the first hit on this page, for the list's numbering. */
    public int firstNumber() {
        return (query().page() - 1) * SearchService.PAGE_SIZE + 1;
    }

    public String pageHref(int page) {
        return href(query().withPage(page));
    }

    /** The same search narrowed to a type, or to any type when {@code type} is null. */
    public String typeHref(PublicationType type) {
        return href(query().withType(type));
    }

    /** The same search narrowed to a year, or to any year when {@code year} is null. */
    public String yearHref(Integer year) {
        return href(query().withYear(year));
    }

    /** The same search in another language, all of its results. */
    public String elsewhereHref(LanguageHits other) {
        return href(other.query());
    }

    /**
     * This search in a language, for the language switcher and hreflang: in another language the
     * same words and filters from the first page (its results are others); in its own, this page.
     * The bare search page for no words.
     */
    public String hrefIn(String lang) {
        if (query().isEmpty()) {
            return path(lang);
        }
        return href(lang.equals(query().lang()) ? query() : query().in(lang));
    }

    private String href(SearchQuery q) {
        StringBuilder s = new StringBuilder(path(q.lang())).append("?q=").append(encode(q.text()));
        q.type().ifPresent(t -> s.append("&type=").append(t.code()));
        q.year().ifPresent(y -> s.append("&year=").append(y));
        if (q.page() > 1) {
            s.append("&page=").append(q.page());
        }
        return s.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
