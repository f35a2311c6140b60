package org.chancery.web;

import org.chancery.masthead.Masthead;

/**
 * What every page's layout shows around its content: the language, the words, the mission's
 * name and the masthead as of the request's instant. It never holds the request itself.
 *
 * @param path the page's own path, for the layout's links and alternates
 */
public record Chrome(Localizer t, String missionName, Masthead masthead, String path) {

    public String lang() {
        return t.lang();
    }
}
