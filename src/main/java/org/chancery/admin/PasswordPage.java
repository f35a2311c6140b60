package org.chancery.admin;

/**
 * The form to change one's own password.
 *
 * @param changed whether the password has just been changed
 * @param error   why the last attempt failed, in words, or null
 */
public record PasswordPage(boolean changed, String error, int minPasswordLength) {
}
