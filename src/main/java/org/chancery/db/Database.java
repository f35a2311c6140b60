package org.chancery.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import org.chancery.config.Config.DatabaseConfig;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool and Jdbi of a migrated Chancery database. Close it to release the pool. */
public final class Database implements AutoCloseable {
    public static final String SQLITE_FILE = "chancery.db";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // Errors name the statement but not its values, which hold digests of secrets and personal
        // data that have no place in logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(e -> e.getShortMessage()
                + " [statement:\"" + e.getStatementContext().getRenderedSql() + "\"]");
    }

    /** The SQLite file in {@code dataDir}, created when missing. */
    public static DatabaseConfig sqliteIn(Path dataDir) {
        return new DatabaseConfig("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath(), null, null);
    }

    /**
     * Opens the database, refuses one that is not Chancery's or is newer than this program,
     * and applies pending migrations.
     */
    public static Database open(DatabaseConfig config) {
        Dialect dialect = Dialect.of(config.url());
        SchemaGuard.check(config, dialect);
        HikariDataSource ds = pool(config, dialect);
        try {
            Migrations.apply(ds, dialect);
            return new Database(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseConfig config, Dialect dialect) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("chancery");
        hc.setJdbcUrl(config.url());
        if (config.user() != null) {
            hc.setUsername(config.user());
        }
        if (config.password() != null) {
            hc.setPassword(config.password());
        }
        dialect.configure(hc);
        hc.setInitializationFailTimeout(-1);
        try {
            HikariDataSource ds = new HikariDataSource(hc);
            ds.getConnection().close();
            return ds;
        } catch (RuntimeException | SQLException e) {
            throw new DatabaseException("cannot connect to the database: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** How many migrations of this program the database still lacks: 0 once start-up has migrated it. */
    public int pendingMigrations() {
        return Migrations.pending(dataSource, dialect);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
