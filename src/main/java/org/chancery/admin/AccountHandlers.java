package org.chancery.admin;

/** The handlers of the press office's accounts, for {@code Routes}. */
public record AccountHandlers(SignInHandler signIn, SetupHandler setup, PasswordHandler password,
        AdminHomeHandler home, UsersHandler users) {
}
