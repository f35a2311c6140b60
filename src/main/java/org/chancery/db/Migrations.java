package org.chancery.db;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Applies the migrations in {@code db/migration}, refusing a schema newer than this program. */
final class Migrations {
    private Migrations() {
    }

    static void apply(DataSource ds, Dialect dialect) {
        Flyway flyway = flyway(ds, dialect);
        try {
            refuseFutureSchema(flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("database migration failed: " + Database.rootMessage(e), e);
        }
    }

    static int pending(DataSource ds, Dialect dialect) {
        return flyway(ds, dialect).info().pending().length;
    }

    private static Flyway flyway(DataSource ds, Dialect dialect) {
        return Flyway.configure()
                .dataSource(ds)
                .table(SchemaGuard.HISTORY_TABLE)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .cleanDisabled(true)
                .load();
    }

    private static void refuseFutureSchema(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        boolean future = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            String applied = flyway.info().current().getVersion().getVersion();
            String known = Arrays.stream(all)
                    .filter(m -> m.getState().isResolved())
                    .reduce((a, b) -> b)
                    .map(m -> m.getVersion().getVersion())
                    .orElse("none");
            throw new DatabaseException("the database schema (version " + applied
                    + ") is newer than this program (version " + known + "); upgrade Chancery to use it");
        }
    }
}
