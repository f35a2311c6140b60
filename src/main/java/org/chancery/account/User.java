package org.chancery.account;

import java.time.Instant;

/** A member of the press office. The password hash never leaves {@link UserRepository}. */
public record User(long id, String email, String name, Role role, boolean disabled, Instant createdAt) {

    /** The name to show, or the e-mail address when no name was given. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public boolean can(Role needed) {
        return !disabled && role.includes(needed);
    }
}
