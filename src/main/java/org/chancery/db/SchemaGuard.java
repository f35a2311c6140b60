package org.chancery.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.chancery.config.Config.DatabaseConfig;

/**
 * Refuses, before anything is written, a database that belongs to something else. It looks with
 * a plain (for SQLite: read-only) connection, so a refused database is left exactly as it was.
 */
final class SchemaGuard {
    static final String HISTORY_TABLE = "chancery_schema_history";

    private SchemaGuard() {
    }

    static void check(DatabaseConfig config, Dialect dialect) {
        if (!dialect.exists(config.url())) {
            return;
        }
        try (Connection c = connect(config, dialect)) {
            List<String> tables = tables(c);
            boolean ours = tables.stream().anyMatch(t -> t.equalsIgnoreCase(HISTORY_TABLE));
            if (!ours && !tables.isEmpty()) {
                throw new DatabaseException("not a Chancery database (it has tables such as '" + tables.get(0)
                        + "' but no " + HISTORY_TABLE + "); refusing to touch it");
            }
        } catch (SQLException e) {
            throw new DatabaseException(notUsable(dialect, e), e);
        }
    }

    private static String notUsable(Dialect dialect, SQLException e) {
        String msg = Database.rootMessage(e);
        if (dialect.notADatabase(msg)) {
            return "not a Chancery database: the file is not an SQLite database; refusing to touch it";
        }
        return "cannot read the database: " + msg;
    }

    private static Connection connect(DatabaseConfig config, Dialect dialect) throws SQLException {
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        dialect.readOnly(props);
        return DriverManager.getConnection(config.url(), props);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
