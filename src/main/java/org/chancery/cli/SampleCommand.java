package org.chancery.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeLog;
import org.chancery.db.Database;
import org.chancery.editorial.EditorialService;
import org.chancery.masthead.SettingsRepository;
import org.chancery.sample.GeneratedSample;
import org.chancery.sample.SampleGenerator;
import org.chancery.sample.SampleSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery sample --generate N}: fills a data directory with made-up publications, for benchmarks. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Add N generated publications to the site, for benchmarks: every type, short notices to long",
            "transcripts, dated over the last twenty years. An empty site gets the sample site first.",
            "The search index is brought up to date at the next start, or by 'chancery reindex'."})
final class SampleCommand implements Callable<Integer> {
    static final int MAX = 10_000_000;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--generate", required = true, paramLabel = "N", description = "How many publications to add.")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator; the same seed makes the same publications (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    SiteDatabase site;

    @Override
    public Integer call() {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("--generate must be between 1 and " + MAX + ", got " + count);
        }
        Map<String, String> env = main.environment().variables();
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), main.environment().stdinIsTerminal());
        Clock clock = Clock.systemUTC();
        Set<String> languages = Set.copyOf(site.config(env).languages());
        try (Database db = site.open(env)) {
            // Running servers hear of the new publications from the change log; this command has no listeners.
            var changes = new ChangeLog(db.jdbi(), db.dialect(), new ChangeEvents());
            var editorial = new EditorialService(db.jdbi(), new AuditLog(db.jdbi()), changes, languages, clock);
            new SampleSite(db.jdbi(), new SettingsRepository(db.jdbi()), editorial, clock).loadIntoEmpty();
            long started = System.nanoTime();
            new GeneratedSample(editorial).write(new SampleGenerator(seed, clock.instant()), count,
                    (done, total) -> bar.update("publications", done, total));
            bar.finish();
            out.printf("Added %,d publications in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
