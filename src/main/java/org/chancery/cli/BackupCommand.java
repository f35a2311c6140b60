package org.chancery.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.config.Config;
import org.chancery.db.Database;
import org.chancery.ops.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery backup FILE}: a consistent copy of the site's database and its media, while it serves. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the site (database and media) to FILE, a zip file.",
            "Safe while the server runs, on SQLite and on PostgreSQL (CHANCERY_DB_URL)."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteDatabase site;

    @Parameters(paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() {
        Map<String, String> env = main.environment().variables();
        Config config = site.config(env);
        try (Database db = site.open(env)) {
            Backup.write(db, config.mediaDirectory(), file);
        }
        spec.commandLine().getOut().printf("Backed up %s to %s%n", config.dataDir(), file);
        return 0;
    }
}
