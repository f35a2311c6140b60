package org.chancery.editorial;

import java.util.EnumSet;
import java.util.Set;
import org.chancery.account.User;
import org.chancery.editorial.Workflow.ForcePublish;
import org.chancery.publication.Status;

/**
 * Who may take which action in which state: the role, workflow and state checks of each action,
 * in one table. The service runs them before acting; {@link #allowed} runs them to know which
 * actions to offer. Checks of the action's own input (a reason, a time) stay with the action.
 */
final class Checks {
    private Checks() {
    }

    static void check(EditorialAction action, User actor, EditorialItem item) {
        switch (action) {
            case EDIT -> Permissions.edit(actor, item);
            case SUBMIT -> {
                Permissions.submit(actor, item);
                Rules.requireState(item, "submit", Status.DRAFT);
            }
            case PUBLISH -> {
                Permissions.editor(actor, "publish");
                Rules.requireReviewed(actor, item, "publish");
            }
            case FORCE_PUBLISH -> {
                Permissions.editor(actor, "force-publish");
                Rules.requireState(item, "publish", Status.DRAFT, Status.SUBMITTED, Status.SCHEDULED);
            }
            case APPROVE -> approve(actor, item);
            case SCHEDULE -> {
                Permissions.editor(actor, "schedule");
                Rules.requireReviewed(actor, item, "schedule");
            }
            case WITHDRAW -> {
                Permissions.editor(actor, "withdraw");
                Rules.requireState(item, "withdraw", Status.PUBLISHED);
            }
            case UNPUBLISH -> {
                Permissions.editor(actor, "unpublish");
                Rules.requireState(item, "unpublish", Status.PUBLISHED, Status.WITHDRAWN);
            }
        }
    }

    static Set<EditorialAction> allowed(User actor, EditorialItem item) {
        Set<EditorialAction> allowed = EnumSet.noneOf(EditorialAction.class);
        for (EditorialAction action : EditorialAction.values()) {
            try {
                check(action, actor, item);
                allowed.add(action);
            } catch (EditorialException refused) {
                // not offered
            }
        }
        return allowed;
    }

    private static void approve(User actor, EditorialItem item) {
        Permissions.editor(actor, "approve");
        ForcePublish force = item.workflow().forcePublish();
        if (force == null || !force.awaitingApproval()) {
            throw EditorialException.state("this publication has no force-publish awaiting approval");
        }
        if (force.by() == actor.id()) {
            throw EditorialException.rule("you force-published this publication; another editor must approve it");
        }
    }
}
