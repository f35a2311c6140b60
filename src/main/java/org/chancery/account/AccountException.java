package org.chancery.account;

import java.util.Locale;

/**
 * An account operation that cannot be done as asked. The message says why in one line (for the
 * command line); the reason names the bundle message a page shows instead.
 */
public final class AccountException extends RuntimeException {
    /** Why an operation was refused; each has a message {@code account.error.<reason>} in the bundles. */
    public enum Reason {
        INVALID_EMAIL, INVALID_NAME, DUPLICATE_EMAIL, SHORT_PASSWORD, WRONG_PASSWORD, NO_SUCH_USER, USER_DISABLED,
        NO_SUCH_TOKEN, SETUP_LINK_INVALID;

        /** The bundle key of this reason's message, e.g. {@code account.error.short-password}. */
        public String messageKey() {
            return "account.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
