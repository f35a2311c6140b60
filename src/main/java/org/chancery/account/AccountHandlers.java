package org.chancery.account;

/** The handlers of the press office's accounts, for {@code Routes}. */
public record AccountHandlers(SignInHandler signIn, SetupHandler setup, PasswordHandler password,
        AdminHomeHandler home, UsersHandler users) {
}
