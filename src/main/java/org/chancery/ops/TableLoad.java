package org.chancery.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chancery.db.Dialect;

/**
 * Reads the tables of a portable backup back: {@link #check} reads every line of every table
 * without touching a database (a damaged or truncated file is refused before anything is
 * written), and {@link #load} inserts them on a connection whose transaction the caller commits,
 * each value converted to the target column's type, then moves each identity sequence past the
 * highest id restored. The names of tables and columns come from the file, so they are checked
 * twice before they are written into SQL: as plain lower-case names when the file is checked,
 * and against the target's own tables and columns in the restore's transaction; values are bound.
 */
final class TableLoad {
    private static final int BATCH = 500;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** The longest row read: a publication's body and its revision are at most 2 MiB of UTF-8 each. */
    static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

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
            manifest = json.readValue(BackupArchive.open(zip, entry), BackupManifest.class);
        } catch (JsonProcessingException e) {
            throw damaged(zip, BackupManifest.FILE + " cannot be read");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw damaged(zip, "unknown format " + manifest.format() + " " + manifest.formatVersion());
        }
        checkNames(zip, manifest);
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

    /** Every table and column a plain name, each once: nothing else may be written into SQL. */
    private static void checkNames(ZipFile zip, BackupManifest manifest) {
        Set<String> tables = new HashSet<>();
        for (BackupManifest.Table table : manifest.tables()) {
            if (table.name() == null || !NAME.matcher(table.name()).matches() || !tables.add(table.name())) {
                throw damaged(zip, "the manifest names a table '" + table.name() + "'");
            }
            Set<String> columns = new HashSet<>();
            for (String column : table.columns()) {
                if (column == null || !NAME.matcher(column).matches() || !columns.add(column)) {
                    throw damaged(zip, "the manifest names a column '" + column + "' of table " + table.name());
                }
            }
            if (columns.isEmpty() || table.rows() < 0) {
                throw damaged(zip, "the manifest gives table " + table.name() + " no columns or fewer than no rows");
            }
        }
    }

    /** Inserts every table's rows, parents first, on {@code c}; the caller's transaction holds them all. */
    static void load(Connection c, Dialect dialect, ZipFile zip, BackupManifest manifest, ObjectMapper json)
            throws SQLException, IOException {
        List<String> siteTables = SchemaTables.names(c);
        for (BackupManifest.Table table : manifest.tables()) {
            if (!siteTables.contains(table.name())) {
                throw damaged(zip, "the database has no table " + table.name());
            }
            Map<String, Integer> types = columnTypes(c, table.name());
            for (String column : table.columns()) {
                if (!types.containsKey(column)) {
                    throw damaged(zip, "table " + table.name() + " of the database has no column " + column);
                }
            }
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
        try (Reader lines = new BufferedReader(new InputStreamReader(BackupArchive.open(zip, entry),
                StandardCharsets.UTF_8))) {
            for (String line = line(zip, lines); line != null; line = line(zip, lines)) {
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

    /** The next line, without its end; null at the end of the entry; refused past {@link #MAX_LINE_CHARS}. */
    private static String line(ZipFile zip, Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (line.length() == MAX_LINE_CHARS) {
                throw damaged(zip, "a row longer than " + MAX_LINE_CHARS + " characters");
            }
            line.append((char) c);
        }
        return line.toString();
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
