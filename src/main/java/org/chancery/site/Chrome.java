package org.chancery.site;

import java.util.List;
import org.chancery.masthead.Masthead;
import org.chancery.menu.MenuItem;
import org.chancery.web.Localizer;

/**
 * What every page's layout shows around its content: the language, the words, the mission's
 * name and the masthead as of the request's instant. It never holds the request itself.
 *
 * @param path the page's own address, for its hreflang alternate: the path, and the query where the query
 *             makes the page (the archive's filter, the search)
 * @param menu the site navigation's links; when empty, the layout links the home page and the archive
 * @param alternates this page in each other language, or that language's home where it has no such page
 * @param mastheadData the masthead's settings for the page's script, as escaped JSON ({@link MastheadData})
 * @param head         what the page's head says about it to search engines
 */
public record Chrome(Localizer t, String missionName, Masthead masthead, String path, List<MenuItem> menu,
        List<Alternate> alternates, String mastheadData, Head head) {

    /**
     * This page in another language, for the language switcher.
     *
     * @param name        the language's name in itself ("Русский")
     * @param translation whether {@code href} is this very page in that language (so an {@code hreflang}
     *                    alternate), rather than that language's home page
     */
    public record Alternate(String lang, String name, String href, boolean translation) {
    }

    /**
     * What the head of a page tells search engines, with absolute addresses under the configured base
     * URL (a crawler resolves a relative one against whatever host it was given).
     *
     * @param canonical   the page's one address, or null for a page that has none (an error page)
     * @param description a sentence about the page: its lead, else the mission's name
     * @param hreflang    the page in each language it is in, itself included, or none when it is in one
     */
    public record Head(String canonical, String description, List<Version> hreflang) {
        public Head {
            hreflang = List.copyOf(hreflang);
        }
    }

    /** This page in a language, at an absolute address. */
    public record Version(String lang, String url) {
    }

    public String lang() {
        return t.lang();
    }
}
