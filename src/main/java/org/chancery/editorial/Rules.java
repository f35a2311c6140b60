package org.chancery.editorial;

import java.util.Arrays;
import java.util.Objects;
import org.chancery.account.User;
import org.chancery.publication.Status;
import org.chancery.validation.ControlCharacters;
import org.chancery.validation.InvalidInput;

/** The checks the workflow's actions share; each refuses with the reason in one sentence. */
final class Rules {
    private Rules() {
    }

    /** Publishing and scheduling need a submitted item and a second person. */
    static void requireReviewed(User actor, EditorialItem item, String action) {
        if (item.status() == Status.DRAFT) {
            throw EditorialException.rule("this publication is a draft: it must be submitted for review before an"
                    + " editor can " + action + " it, or an editor may force-publish it with a written reason");
        }
        requireState(item, action, Status.SUBMITTED, Status.SCHEDULED);
        if (Objects.equals(item.workflow().submittedBy(), actor.id())) {
            throw EditorialException.rule("you submitted this publication, so another editor must " + action
                    + " it; or force-publish it with a written reason, which is recorded for approval");
        }
    }

    static void requireState(EditorialItem item, String action, Status... allowed) {
        if (!Arrays.asList(allowed).contains(item.status())) {
            throw EditorialException.state("cannot " + action + " a publication that is " + item.status().code());
        }
    }

    /** The stripped value; refused in the words of {@code messageKey} when empty. */
    static String required(String field, String value, String messageKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw InvalidInput.of(field, "required", messageKey);
        }
        if (v.length() > Limits.NOTE) {
            throw InvalidInput.of(field, "too-long", "editor.error.too-long", Limits.NOTE);
        }
        ControlCharacters.refuse(field, v);
        return v;
    }
}
