package org.chancery.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member of the press office may do; each role includes the ones before it. */
public enum Role {
    /** Writes drafts and submits them. */
    AUTHOR,
    /** Also reviews, publishes, schedules, withdraws, edits the masthead and static pages. */
    EDITOR,
    /** Also manages users and site settings. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the role's name, e.g. {@code role.editor}. */
    public String labelKey() {
        return "role." + code();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
