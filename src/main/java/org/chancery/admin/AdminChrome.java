package org.chancery.admin;

import org.chancery.account.User;
import org.chancery.web.Localizer;

/**
 * What the press office's layout ({@code layout/admin.jte}) shows around a page: the words, the
 * mission's name and, once signed in, the user and the CSRF token of their session (for the
 * sign-out form and any other form on the page).
 *
 * @param user      the signed-in user, or null on the pages that come before a session
 * @param csrfToken the session's CSRF token, or null without a session
 * @param path      the page's own path
 */
public record AdminChrome(Localizer t, String missionName, User user, String csrfToken, String path) {

    public boolean signedIn() {
        return user != null;
    }

    /** The signed-in user's name as shown, or an empty string. */
    public String userName() {
        return user == null ? "" : user.displayName();
    }

    public String lang() {
        return t.lang();
    }
}
