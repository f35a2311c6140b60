package org.chancery.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chancery.db.Dialect;

/**
 * Writes every table of a Chancery database into a backup as JSON lines, one file per table
 * ({@code tables/NAME.jsonl}, one object a row, columns in the table's order, rows in key order),
 * and returns the {@link BackupManifest} that names them. The values are JSON's own: numbers,
 * strings, booleans and null, so the same file loads into SQLite or PostgreSQL.
 */
final class TableDump {
    static final String TABLES_DIR = "tables/";
    private static final int FETCH = 1000;

    private TableDump() {
    }

    /** Reads on {@code c} as it is: the caller opens the snapshot to read from. */
    static BackupManifest write(Connection c, Dialect dialect, ZipOutputStream zip, ObjectMapper json)
            throws SQLException, IOException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (String table : SchemaTables.names(c)) {
            zip.putNextEntry(new ZipEntry(TABLES_DIR + table + ".jsonl"));
            tables.add(table(c, table, zip, json));
            zip.closeEntry();
        }
        return new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                SchemaTables.schemaVersion(c), dialect.name().toLowerCase(java.util.Locale.ROOT), tables);
    }

    private static BackupManifest.Table table(Connection c, String table, OutputStream out, ObjectMapper json)
            throws SQLException, IOException {
        long rows = 0;
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
                while (rs.next()) {
                    writeRow(rs, columns, out, json);
                    rows++;
                }
            }
        }
        return new BackupManifest.Table(table, columns, rows);
    }

    private static void writeRow(ResultSet rs, List<String> columns, OutputStream out, ObjectMapper json)
            throws SQLException, IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(new NonClosing(out))) {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                g.writeFieldName(columns.get(i));
                Object value = rs.getObject(i + 1);
                if (value == null) {
                    g.writeNull();
                } else if (value instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                    g.writeNumber(((Number) value).longValue());
                } else if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
                    g.writeNumber(new BigDecimal(value.toString()));
                } else if (value instanceof String text) {
                    g.writeString(text);
                } else {
                    throw new IllegalStateException("cannot back up a value of type " + value.getClass().getSimpleName()
                            + " in " + columns.get(i));
                }
            }
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** Lets a generator write a line without closing the zip entry underneath. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip entry stays open for the next row
        }
    }
}
