package org.chancery.account;

/** An account operation that cannot be done as asked; the message says why in one line. */
public final class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
