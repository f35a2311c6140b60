package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.config.Config;
import org.chancery.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery restore FILE}: unpacks a backup into a data directory that holds no site yet. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup written by 'chancery backup' into an empty data directory, or into the",
            "empty PostgreSQL database named by db.url (CHANCERY_DB_URL); media go to media_dir.",
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
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        // the media directory is made as the first file goes into it: a refused backup leaves nothing behind
        Backup.restore(file, DataDirs.prepare("data directory", config.dataDir()), config.mediaDirectory(),
                config.database());
        spec.commandLine().getOut().printf("Restored %s into %s%n", file, config.dataDir());
        return 0;
    }
}
