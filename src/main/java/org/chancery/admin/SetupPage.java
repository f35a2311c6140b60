package org.chancery.admin;

/**
 * The form that creates the first administrator.
 *
 * @param csrfToken the form's double-submit token
 * @param action    the setup link's own path, where the form goes
 * @param error     why the last attempt failed, in words, or null
 */
public record SetupPage(String csrfToken, String action, String email, String name, String error,
        int minPasswordLength) {
}
