package org.chancery.admin;

/**
 * The sign-in form.
 *
 * @param csrfToken  the form's double-submit token
 * @param returnPath where to go once signed in (a local path)
 * @param email      the address typed so far
 * @param error      why the last attempt failed, in words, or null
 */
public record SignInPage(String csrfToken, String returnPath, String email, String error) {
}
