package org.chancery.web;

import java.util.List;
import org.chancery.masthead.Masthead;
import org.chancery.menu.MenuItem;

/**
 * What every page's layout shows around its content: the language, the words, the mission's
 * name and the masthead as of the request's instant. It never holds the request itself.
 *
 * @param path the page's own path, for the layout's links and alternates
 * @param menu the site navigation's links; when empty, the layout links the home page and the archive
 */
public record Chrome(Localizer t, String missionName, Masthead masthead, String path, List<MenuItem> menu) {

    public String lang() {
        return t.lang();
    }
}
