package org.chancery.ops;

import java.util.List;

/**
 * {@code manifest.json} of a portable backup: what wrote it, the schema version its rows belong
 * to, and each table's columns and number of rows, so a restore can tell a whole file from a
 * damaged one before it writes anything.
 *
 * @param database the database it was taken from ({@code postgresql} or {@code sqlite})
 * @param tables   in an order that loads parents before the rows that refer to them
 */
public record BackupManifest(String format, int formatVersion, String schemaVersion, String database,
        List<Table> tables) {
    public static final String FILE = "manifest.json";
    public static final String FORMAT = "chancery-backup";
    public static final int FORMAT_VERSION = 1;

    public BackupManifest {
        tables = List.copyOf(tables);
    }

    public record Table(String name, List<String> columns, long rows) {
        public Table {
            columns = List.copyOf(columns);
        }
    }
}
