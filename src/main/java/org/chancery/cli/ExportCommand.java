package org.chancery.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chancery.App;
import org.chancery.config.Config;
import org.chancery.config.Options;
import org.chancery.db.Database;
import org.chancery.export.StaticExport;
import org.chancery.search.SearchIndex;
import org.chancery.web.AccessLog;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chancery export-static DIR}: writes the public site as files any web server can serve.
 * It runs the site in this process on a free port and fetches its pages. The site's search
 * index is used when free; while a server holds it, the export builds one of its own in a
 * temporary directory, so it works beside a running server too.
 */
@Command(name = "export-static", mixinStandardHelpOptions = true,
        description = {"Write the public site into DIR as static files (both languages, feeds, sitemap, assets).",
            "Run again, it rewrites only files that changed and removes those the site no longer has.",
            "DIR must be new, empty, or hold a previous export."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteDatabase site;

    @Parameters(paramLabel = "DIR", description = "Directory to write the site into.")
    Path dir;

    @Option(names = "--base-url", paramLabel = "URL", description = {
        "The site's public address for absolute links in feeds and the sitemap (default: CHANCERY_BASE_URL)."})
    String baseUrl;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests at once (default: ${DEFAULT-VALUE}).")
    int concurrency = StaticExport.CONCURRENCY;

    @Override
    public Integer call() throws IOException {
        Map<String, String> env = main.environment().variables();
        Map<String, String> flags = new HashMap<>();
        if (baseUrl != null) {
            flags.put(Options.BASE_URL.key(), baseUrl);
        }
        Config configured = SiteDatabase.prepared(site.settings(env, flags).config());
        if (configured.baseUrl().isEmpty()) {
            throw new IllegalArgumentException("export-static needs the site's public address: --base-url URL,"
                    + " CHANCERY_BASE_URL or base_url in chancery.conf");
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("--concurrency must be between 1 and 64, got " + concurrency);
        }
        StaticExport.checkTarget(dir.toAbsolutePath().normalize());
        // The site's clock stands at the start of the hour: readers' browsers show the real date, clocks and
        // counters, and two exports in one hour give the same bytes, so the second writes nothing.
        Clock hour = Clock.fixed(Clock.systemUTC().instant().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
        // Each page is fetched once: keeping it (and compressing it in every coding) would be wasted work.
        Config site = configured.withPort(0).withLoadSample(false).withClock(hour).withPageCache(false);
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), main.environment().stdinIsTerminal());
        // Thousands of requests to itself: the access log would drown the summary.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(AccessLog.LOGGER)).setLevel(Level.WARN);
        Path index = null;
        App app;
        try {
            app = App.create(site);
        } catch (SearchIndex.InUseException e) {
            index = Files.createTempDirectory("chancery-export-");
            app = App.create(Config.of(0, index).withLoadSample(false).withBaseUrl(site.baseUrl().orElseThrow())
                    .withClock(hour).withLanguages(site.languages()).withPageCache(false)
                    .withDatabase(site.database().orElseGet(() -> Database.sqliteIn(site.dataDir()))));
        }
        try (App running = app) {
            running.start();
            StaticExport.Summary s = StaticExport.run(running, dir.toAbsolutePath().normalize(), concurrency,
                    (done, known) -> {
                        synchronized (bar) { // told from every request's thread
                            bar.update("Exporting", done, known);
                        }
                    });
            bar.finish();
            out.printf("Exported %,d files to %s in %.1f s (%,.0f files a second): %,d written, %,d unchanged,"
                    + " %,d removed%n", s.files(), dir, s.seconds(), s.filesPerSecond(), s.written(), s.unchanged(),
                    s.removed());
            if (s.missing() > 0) {
                out.printf("%,d links lead to pages the site does not have (404 or 410)%n", s.missing());
            }
        } finally {
            if (index != null) {
                deleteTree(index);
            }
        }
        return 0;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
