package org.chancery.admin;

import java.util.List;
import org.chancery.account.User;

/** Everyone who may sign in (or could, before being disabled), by e-mail address. */
public record UsersPage(List<User> users) {
}
