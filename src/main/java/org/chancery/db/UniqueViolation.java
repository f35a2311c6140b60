package org.chancery.db;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whether a statement failed because it broke a unique index: the two databases say so
 * differently (SQLite by its result code, PostgreSQL by SQLSTATE 23505).
 */
public final class UniqueViolation {
    private static final String POSTGRESQL_UNIQUE = "23505";

    private UniqueViolation() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
            }
            if (t instanceof SQLException s && POSTGRESQL_UNIQUE.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
