package org.chancery.site;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a public page shows besides its own text, as its record declares it ({@link PublicPage}):
 * the tags by which the {@link PageCache} drops the kept page exactly when something on it changes,
 * and where the same page is in the site's other languages, for the layout's language links.
 *
 * @param tags         {@code lists} for pages listing the newest publications (home, archive),
 *                     {@code publication:<id>} for each publication shown in full or linked by title,
 *                     {@code page:<id>} for a static page; none: the page is never kept
 * @param translations the page's translations by language, as paths (a publication's, a static page's)
 * @param sameIn       the address of the same view in another language (the archive with the same
 *                     filter and page, the same search), already URL-encoded, or null where that
 *                     language has no such page; for this page's own language, its address with the
 *                     query that makes it this page
 */
public record Shown(Set<String> tags, Map<String, String> translations, UnaryOperator<String> sameIn) {
    static final String LISTS = "lists";
    static final String PAGE = "page:";
    private static final UnaryOperator<String> NOWHERE = lang -> null;

    public Shown {
        tags = Set.copyOf(tags);
        translations = Map.copyOf(translations);
    }

    /** Home and archive: any publishing event may change them. */
    public static Shown lists() {
        return new Shown(Set.of(LISTS), Map.of(), NOWHERE);
    }

    /** A page that shows these publications, in full or linked by title. */
    public static Shown publications(Collection<Long> ids) {
        Set<String> tags = new HashSet<>();
        ids.forEach(id -> tags.add(publication(id)));
        return new Shown(tags, Map.of(), NOWHERE);
    }

    /** A static page. */
    public static Shown page(long id) {
        return new Shown(Set.of(PAGE + id), Map.of(), NOWHERE);
    }

    /** A page that is rendered afresh each time (search results, error pages): never kept. */
    public static Shown nothingKept() {
        return new Shown(Set.of(), Map.of(), NOWHERE);
    }

    public Shown withTranslations(Map<String, String> pathsByLanguage) {
        return new Shown(tags, pathsByLanguage, sameIn);
    }

    public Shown withSameIn(UnaryOperator<String> sameInLanguage) {
        return new Shown(tags, translations, sameInLanguage);
    }

    /** Whether the page may be kept. */
    boolean kept() {
        return !tags.isEmpty();
    }

    static String publication(long id) {
        return "publication:" + id;
    }
}
