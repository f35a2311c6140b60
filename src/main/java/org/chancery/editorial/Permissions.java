package org.chancery.editorial;

import java.util.Objects;
import org.chancery.account.Role;
import org.chancery.account.User;
import org.chancery.publication.Status;

/**
 * Who may do what. Authors write drafts (their own) and submit them; editors also edit any
 * publication, publish, schedule, withdraw, unpublish and approve force-publishing; admins
 * may do everything editors may.
 */
final class Permissions {
    private Permissions() {
    }

    static void staff(User user) {
        if (!user.can(Role.AUTHOR)) {
            throw EditorialException.role("this account is disabled");
        }
    }

    static void editor(User user, String action) {
        staff(user);
        if (!user.can(Role.EDITOR)) {
            throw EditorialException.role("only an editor may " + action + " a publication");
        }
    }

    static void edit(User user, EditorialItem item) {
        staff(user);
        if (user.can(Role.EDITOR)) {
            return;
        }
        ownItem(user, item, "edit");
        if (item.status() != Status.DRAFT && item.status() != Status.SUBMITTED) {
            throw EditorialException.role("an author may edit drafts and submitted publications only; this one is "
                    + item.status().code() + ", so an editor must edit it");
        }
    }

    static void submit(User user, EditorialItem item) {
        staff(user);
        if (!user.can(Role.EDITOR)) {
            ownItem(user, item, "submit");
        }
    }

    private static void ownItem(User user, EditorialItem item, String action) {
        if (!Objects.equals(item.workflow().authorId(), user.id())) {
            throw EditorialException.role("an author may " + action + " only their own publications");
        }
    }
}
