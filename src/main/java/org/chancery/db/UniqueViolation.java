package org.chancery.db;

import java.sql.SQLException;

/**
 * Whether a statement failed because it broke a unique index, which the two databases say
 * differently ({@link Dialect}: SQLite by its result code, PostgreSQL by SQLSTATE 23505).
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (Dialect dialect : Dialect.values()) {
                    if (dialect.brokeUniqueIndex(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
