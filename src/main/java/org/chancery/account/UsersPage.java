package org.chancery.account;

import java.util.List;

/** Everyone who may sign in (or could, before being disabled), by e-mail address. */
public record UsersPage(List<User> users) {
}
