package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.Config;
import org.chancery.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery restore FILE}: unpacks a backup into a data directory that holds no site yet. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup written by 'chancery backup' into an empty data directory.",
            "The search index is rebuilt when the server starts."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteDatabase site;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Override
    public Integer call() {
        Config config = site.settings(main.environment().variables(), Map.of()).config();
        if (config.database().isPresent()) {
            throw new IllegalArgumentException("restore fills an SQLite data directory; db.url (CHANCERY_DB_URL) is set"
                    + " (for PostgreSQL, use pg_restore; see docs/operations.md)");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        Backup.restore(file, DataDirs.prepare(config.dataDir()));
        spec.commandLine().getOut().printf("Restored %s into %s%n", file, config.dataDir());
        return 0;
    }
}
