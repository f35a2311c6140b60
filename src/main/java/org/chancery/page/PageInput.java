package org.chancery.page;

/**
 * A page's fields as typed into its form, before they are checked.
 *
 * @param slug the last part of the address; empty to make one from the title
 */
public record PageInput(String lang, String slug, String title, String body) {

    public static PageInput of(StaticPage page) {
        return new PageInput(page.lang(), page.slug(), page.title(), page.body());
    }
}
