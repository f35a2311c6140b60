package org.chancery.cli;

import java.nio.file.Path;
import java.util.Map;
import org.chancery.Config;
import org.chancery.db.Database;
import picocli.CommandLine.Option;

/**
 * Which site a command works on: {@code --data DIR} and the {@code CHANCERY_DB_*} variables,
 * read alike by {@code serve} and every other command, so they all open the same database.
 */
final class SiteDatabase {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    /** The site's configuration: the data directory (created, and checked writable) and the database. */
    Config config(int port, Map<String, String> env) {
        return Config.of(port, DataDirs.prepare(data)).withDatabaseFrom(env);
    }

    /** Opens (and if need be creates or upgrades) the site's database; close it when done. */
    Database open(Map<String, String> env) {
        Config config = config(Config.DEFAULT_PORT, env);
        return Database.open(config.database().orElseGet(() -> Database.sqliteIn(config.dataDir())));
    }
}
