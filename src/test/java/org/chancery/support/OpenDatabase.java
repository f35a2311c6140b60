package org.chancery.support;

import org.chancery.db.Database;
import org.jdbi.v3.core.Jdbi;

/** A throwaway test database, migrated and open; closing it closes the pool and removes the database. */
public final class OpenDatabase implements AutoCloseable {
    private final TestDatabase testDatabase;
    private final Database database;

    private OpenDatabase(TestDatabase testDatabase, Database database) {
        this.testDatabase = testDatabase;
        this.database = database;
    }

    public static OpenDatabase of(TestDatabase.Kind kind) {
        TestDatabase created = kind.create();
        try {
            return new OpenDatabase(created, Database.open(created.resolved()));
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            testDatabase.close();
        }
    }
}
