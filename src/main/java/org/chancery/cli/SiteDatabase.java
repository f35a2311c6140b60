package org.chancery.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.chancery.config.Config;
import org.chancery.config.Options;
import org.chancery.config.Settings;
import org.chancery.db.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which site a command works on: {@code --config FILE} (else {@code CHANCERY_CONFIG}, else
 * {@code ./chancery.conf}), the environment, {@code --data DIR} and {@code --media-dir DIR}, read alike by {@code serve} and
 * every other command, so they all open the same database.
 */
final class SiteDatabase {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = {
        "Data directory (default: data_dir in the configuration, else ./data)."})
    Path data;

    @Option(names = "--media-dir", paramLabel = "DIR", description = {
        "Directory of uploaded files, which several servers may share",
        "(default: media_dir in the configuration, else media in the data directory)."})
    Path media;

    @Option(names = "--config", paramLabel = "FILE", description = {
        "Configuration file (default: CHANCERY_CONFIG, else ./chancery.conf when present)."})
    Path configFile;

    private Settings settings;

    /**
     * Every setting, from these flags and {@code more} (flags of the command, by option key), the
     * environment and the configuration file; unknown {@code CHANCERY_*} variables are warned about
     * on standard error, once.
     */
    Settings settings(Map<String, String> env, Map<String, String> more) {
        return settings(env, more, false);
    }

    /** As {@link #settings(Map, Map)}, but an unknown {@code CHANCERY_*} variable stops the command. */
    Settings strictSettings(Map<String, String> env, Map<String, String> more) {
        return settings(env, more, true);
    }

    private Settings settings(Map<String, String> env, Map<String, String> more, boolean refuseUnknown) {
        if (settings == null) {
            Map<String, String> flags = new HashMap<>(more);
            if (data != null) {
                flags.put(Options.DATA_DIR.key(), data.toString());
            }
            if (media != null) {
                flags.put(Options.MEDIA_DIR.key(), media.toString());
            }
            var file = Settings.locate(configFile, env, Path.of(""));
            Settings read = Settings.resolve(Config.of(Config.DEFAULT_PORT, Config.DEFAULT_DATA_DIR), flags, env, file);
            if (refuseUnknown) {
                read.refuseUnknownVariables();
            }
            PrintWriter err = spec.commandLine().getErr();
            read.warnings().forEach(w -> err.println("chancery: warning: " + w));
            settings = read;
        }
        return settings;
    }

    /** The site's configuration: the data and media directories (created, and checked writable) and the database. */
    Config config(Map<String, String> env) {
        return prepared(settings(env, Map.of()).config());
    }

    /** The configuration with its data and media directories created and checked writable. */
    static Config prepared(Config config) {
        Config withData = config.withDataDir(DataDirs.prepare("data directory", config.dataDir()));
        return withData.withMediaDir(DataDirs.prepare("media directory", withData.mediaDirectory()));
    }

    /** Opens (and if need be creates or upgrades) the site's database; close it when done. */
    Database open(Map<String, String> env) {
        Config config = config(env);
        return Database.open(config.database().orElseGet(() -> Database.sqliteIn(config.dataDir())));
    }
}
