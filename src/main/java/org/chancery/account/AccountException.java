package org.chancery.account;

import java.util.List;
import java.util.Locale;
import org.chancery.validation.ControlCharacters;
import org.chancery.validation.FieldProblem;
import org.chancery.validation.InvalidInput;

/**
 * An account operation refused as asked: one {@link FieldProblem} whose key is the reason's
 * message, shown on a page, and whose English sentence is the command line's one line.
 */
public final class AccountException extends InvalidInput {
    /** Why an operation was refused; each has a message {@code account.error.<reason>} in the bundles. */
    public enum Reason {
        INVALID_EMAIL, INVALID_NAME, DUPLICATE_EMAIL, SHORT_PASSWORD, WRONG_PASSWORD, NO_SUCH_USER, USER_DISABLED,
        NO_SUCH_TOKEN, SETUP_LINK_INVALID, CONTROL_CHARACTER;

        /** The problem's code, e.g. {@code short-password}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The bundle key of this reason's message, e.g. {@code account.error.short-password}. */
        public String messageKey() {
            return this == CONTROL_CHARACTER ? ControlCharacters.MESSAGE_KEY : "account.error." + code();
        }
    }

    private final Reason reason;

    /** A refusal of {@code field}, its message's arguments being {@code args}. */
    AccountException(Reason reason, String field, Object... args) {
        super(List.of(FieldProblem.of(field, reason.code(), reason.messageKey(), args)));
        this.reason = reason;
    }

    /** Refuses {@code field} when its value holds a control character, in {@link ControlCharacters}' words. */
    static void refuseControlCharacters(String field, String value) {
        ControlCharacters.problem(field, value).ifPresent(p -> {
            throw new AccountException(Reason.CONTROL_CHARACTER, field, p.args().toArray());
        });
    }

    public Reason reason() {
        return reason;
    }

    /** The one problem, for a form to show. */
    public FieldProblem problem() {
        return problems().get(0);
    }
}
