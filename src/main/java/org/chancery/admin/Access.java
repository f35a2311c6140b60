package org.chancery.admin;

import io.javalin.security.RouteRole;
import java.util.Optional;
import org.chancery.account.Role;
import org.chancery.account.User;

/**
 * Who may use a route, declared beside it in {@code Routes}:
 * {@code routes.get("/admin/users", users::index, Access.ADMIN)}. {@link Auth} enforces it before
 * the handler runs. Every route under {@code /admin} must declare one; {@link #ANYONE} is for the
 * forms that come before a session (sign-in, first administrator).
 */
public enum Access implements RouteRole {
    ANYONE(null),
    /** Any signed-in member of the press office: authors and everyone above them. */
    AUTHOR(Role.AUTHOR),
    EDITOR(Role.EDITOR),
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The least role the route needs; empty for {@link #ANYONE}. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public boolean admits(User user) {
        return role == null || user != null && user.can(role);
    }
}
