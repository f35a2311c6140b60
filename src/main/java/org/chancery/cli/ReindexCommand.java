package org.chancery.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chancery.App;
import org.chancery.config.Config;
import org.chancery.content.BodyRenderer;
import org.chancery.db.Database;
import org.chancery.masthead.SettingsRepository;
import org.chancery.search.IndexableReads;
import org.chancery.search.Indexer;
import org.chancery.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery reindex}: rebuilds the search index of every language from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the database, showing progress.",
            "Stop the server first: a running server holds the index (and rebuilds a missing or",
            "damaged one by itself at start-up)."})
final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteDatabase site;

    @Override
    public Integer call() {
        Map<String, String> env = main.environment().variables();
        Config config = site.config(env);
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), main.environment().stdinIsTerminal());
        try (Database db = site.open(env);
                SearchIndex index = SearchIndex.open(config.dataDir().resolve(App.INDEX_DIR), config.languages())) {
            var settings = new SettingsRepository(db.jdbi()).load();
            try (Indexer indexer = new Indexer(index, new IndexableReads(db.jdbi()), new BodyRenderer(),
                    settings::homeZone)) {
                long started = System.nanoTime();
                long count = indexer.rebuildAll(bar::update);
                bar.finish();
                out.printf("Indexed %,d publications in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            }
        }
        return 0;
    }
}
