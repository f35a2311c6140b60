package org.chancery.page;

/**
 * Asks before a page is deleted.
 *
 * @param changed whether the page changed since the deletion was asked for, so it is asked again
 */
public record PageDeletePage(StaticPage page, boolean changed) {

    public String action() {
        return PagesAdminHandler.BASE + "/" + page.id() + "/delete";
    }
}
