package org.chancery.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chancery.Config;
import org.chancery.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery restore FILE}: unpacks a backup into a data directory that holds no site yet. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup written by 'chancery backup' into an empty data directory, or into the",
            "empty PostgreSQL database named by CHANCERY_DB_URL (media go to the data directory).",
            "The search index is rebuilt when the server starts."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        Config config = Config.of(Config.DEFAULT_PORT, DataDirs.prepare(data))
                .withDatabaseFrom(main.environment().variables());
        Backup.restore(file, config.dataDir(), config.database());
        spec.commandLine().getOut().printf("Restored %s into %s%n", file, data);
        return 0;
    }
}
