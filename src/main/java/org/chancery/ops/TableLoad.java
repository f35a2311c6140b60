package org.chancery.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chancery.db.Dialect;

/**
 * Reads the tables of a portable backup back: {@link #check} reads every line of every table
 * without touching a database (a damaged or truncated file is refused before anything is
 * written), and {@link #load} inserts them on a connection whose transaction the caller commits,
 * each value converted to the target column's type, then moves each identity sequence past the
 * highest id restored.
 */
final class TableLoad {
    private static final int BATCH = 500;

    private TableLoad() {
    }

    /** The manifest of a backup whose every table is whole: every row parses and the counts agree. */
    static BackupManifest check(ZipFile zip, ObjectMapper json) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.FILE);
        if (entry == null) {
            throw damaged(zip, "no " + BackupManifest.FILE);
        }
        BackupManifest manifest;
        try {
            manifest = json.readValue(zip.getInputStream(entry), BackupManifest.class);
        } catch (JsonProcessingException e) {
            throw damaged(zip, BackupManifest.FILE + " cannot be read");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw damaged(zip, "unknown format " + manifest.format() + " " + manifest.formatVersion());
        }
        for (BackupManifest.Table table : manifest.tables()) {
            long[] rows = {0};
            read(zip, table, json, row -> rows[0]++);
            if (rows[0] != table.rows()) {
                throw damaged(zip, "table " + table.name() + " holds " + rows[0] + " rows, the manifest says "
                        + table.rows());
            }
        }
        return manifest;
    }

    /** Inserts every table's rows, parents first, on {@code c}; the caller's transaction holds them all. */
    static void load(Connection c, Dialect dialect, ZipFile zip, BackupManifest manifest, ObjectMapper json)
            throws SQLException, IOException {
        for (BackupManifest.Table table : manifest.tables()) {
            Map<String, Integer> types = columnTypes(c, table.name());
            String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                    + String.join(", ", table.columns().stream().map(col -> "?").toList()) + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int[] pending = {0};
                read(zip, table, json, row -> {
                    try {
                        for (int i = 0; i < table.columns().size(); i++) {
                            String column = table.columns().get(i);
                            insert.setObject(i + 1, value(row.get(column), types.getOrDefault(column, Types.OTHER)));
                        }
                        insert.addBatch();
                        if (++pending[0] == BATCH) {
                            insert.executeBatch();
                            pending[0] = 0;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot restore a row of " + table.name() + ": "
                                + e.getMessage(), e);
                    }
                });
                insert.executeBatch();
            }
            if (table.columns().contains("id") && types.get("id") == Types.BIGINT) {
                dialect.moveIdentityPast(c, table.name());
            }
        }
    }

    private static void read(ZipFile zip, BackupManifest.Table table, ObjectMapper json, Consumer<JsonNode> each)
            throws IOException {
        ZipEntry entry = zip.getEntry(TableDump.TABLES_DIR + table.name() + ".jsonl");
        if (entry == null || !table.name().matches("[a-z_][a-z0-9_]*")) {
            throw damaged(zip, "no rows of table " + table.name());
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row;
                try {
                    row = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw damaged(zip, "a row of table " + table.name() + " cannot be read");
                }
                if (row == null || !row.isObject() || !sameColumns(row, table.columns())) {
                    throw damaged(zip, "a row of table " + table.name() + " does not have the table's columns");
                }
                each.accept(row);
            }
        }
    }

    private static boolean sameColumns(JsonNode row, List<String> columns) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names.equals(columns);
    }

    /** The JDBC type of each column of {@code table} in the target database. */
    private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
        }
        return types;
    }

    /** A JSON value as the column takes it: SQLite keeps booleans as 0 and 1, PostgreSQL as booleans. */
    static Object value(JsonNode node, int type) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> node.isBoolean() ? node.booleanValue() : node.asLong() != 0;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> node.isBoolean() ? (node.booleanValue() ? 1 : 0)
                    : node.intValue();
            case Types.BIGINT -> node.isBoolean() ? (node.booleanValue() ? 1L : 0L) : node.longValue();
            default -> node.isTextual() ? node.textValue() : node.isBoolean() ? (Object) node.booleanValue()
                    : node.isIntegralNumber() ? (Object) node.longValue() : node.asText();
        };
    }

    static IllegalArgumentException damaged(ZipFile zip, String why) {
        return new IllegalArgumentException(zip.getName() + " is not a whole Chancery backup (" + why + ")");
    }
}
