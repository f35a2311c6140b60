package org.chancery.page;

/**
 * A page's fields as typed into its form, before they are checked.
 *
 * @param slug          the last part of the address; empty to make one from the title
 * @param translationOf for a new page, the page it translates (null for none); an existing page
 *                      keeps the one it was created with
 */
public record PageInput(String lang, String slug, String title, String body, Long translationOf) {

    public static PageInput of(StaticPage page) {
        return new PageInput(page.lang(), page.slug(), page.title(), page.body(), page.translationOf());
    }
}
