package org.chancery.db;

/** The database cannot be used as it is; the message says why in one line. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
