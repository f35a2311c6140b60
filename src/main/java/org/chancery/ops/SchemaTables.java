package org.chancery.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backup needs to know of a database's tables, read from the JDBC metadata of the
 * connection's schema alike on SQLite and PostgreSQL: the site's tables (Flyway's history is
 * the database's own, not the site's), ordered so every table comes after those it refers to.
 */
final class SchemaTables {
    static final String HISTORY_TABLE = "chancery_schema_history";

    private SchemaTables() {
    }

    /** The site's tables, each after the tables its foreign keys name. */
    static List<String> names(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY_TABLE) && !name.startsWith("sqlite_")) {
                    parents.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table.getKey())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("the tables' foreign keys form a cycle");
            }
        }
        return ordered;
    }

    /** The version of the last migration applied, as Flyway names it ("11"). */
    static String schemaVersion(Connection c) throws SQLException {
        String version = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, success FROM "
                + HISTORY_TABLE + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                if (rs.getBoolean("success")) {
                    version = rs.getString("version");
                }
            }
        }
        if (version == null) {
            throw new IllegalStateException("the database has no applied migration");
        }
        return version;
    }

    /** The first of the site's tables that holds a row, if any does. */
    static String firstNonEmpty(Connection c) throws SQLException {
        for (String table : names(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                if (rs.next()) {
                    return table;
                }
            }
        }
        return null;
    }
}
