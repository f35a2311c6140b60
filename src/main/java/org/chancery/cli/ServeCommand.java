package org.chancery.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.App;
import org.chancery.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery serve}: runs the site until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site over HTTP.",
            "The database is the SQLite file in the data directory unless CHANCERY_DB_URL",
            "(with CHANCERY_DB_USER and CHANCERY_DB_PASSWORD) names a PostgreSQL database."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = Config.DEFAULT_PORT;

    @Mixin
    SiteDatabase site;

    @Option(names = "--no-sample", description = "Start with an empty site instead of loading the sample.")
    boolean noSample;

    @Option(names = "--dev", description = "Reload templates from src/main/jte as they change.")
    boolean dev;

    @Option(names = "--base-url", paramLabel = "URL", description = {
        "The site's public address for absolute links in feeds, the sitemap and the API",
        "(default: CHANCERY_BASE_URL, else http://localhost:PORT)."})
    String baseUrl;

    @Option(names = "--metrics-from", paramLabel = "ADDRESSES", split = ",", description = {
        "IP addresses allowed to read /metrics, separated by commas",
        "(default: CHANCERY_METRICS_FROM, else 127.0.0.1,::1)."})
    List<String> metricsFrom;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        String logFormat = main.environment().variables().getOrDefault("CHANCERY_LOG_FORMAT", "text");
        if (!List.of("text", "json").contains(logFormat)) {
            throw new IllegalArgumentException("CHANCERY_LOG_FORMAT must be 'text' or 'json', got '" + logFormat + "'");
        }
        Config config = site.config(port, main.environment().variables()).withLoadSample(!noSample);
        // CHANCERY_PAGE_CACHE=off renders every page afresh, for benchmarks of rendering
        config = config.withPageCache(!"off".equals(main.environment().variables().get("CHANCERY_PAGE_CACHE")));
        String url = baseUrl != null ? baseUrl : main.environment().variables().get("CHANCERY_BASE_URL");
        if (url != null && !url.isBlank()) {
            config = config.withBaseUrl(URI.create(url.strip()));
        }
        String from = metricsFrom != null ? String.join(",", metricsFrom)
                : main.environment().variables().get("CHANCERY_METRICS_FROM");
        if (from != null && !from.isBlank()) {
            config = config.withMetricsFrom(Arrays.stream(from.split(",")).map(String::strip)
                    .filter(a -> !a.isEmpty()).toList());
        }
        if (dev) {
            Path templates = Path.of("src", "main", "jte").toAbsolutePath();
            if (!Files.isDirectory(templates)) {
                throw new IllegalArgumentException("--dev needs the template sources in " + templates
                        + " (run it from the project directory)");
            }
            config = config.withTemplatesFrom(templates);
        }
        App app = App.create(config);
        try {
            app.start();
        } catch (RuntimeException e) {
            app.close();
            throw bindFailure(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "chancery-shutdown"));
        var out = spec.commandLine().getOut();
        out.printf("Chancery is serving http://localhost:%d/ (data: %s)%n", app.port(), config.dataDir());
        app.accounts().setup().offerIfNoAdmin().ifPresent(token -> out.printf(
                "No administrator yet: create one at http://localhost:%d/admin/setup/%s (valid for one hour)%n",
                app.port(), token));
        stopped.await();
        return 0;
    }

    private RuntimeException bindFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof IOException && String.valueOf(t.getMessage()).contains("bind")) {
                return new IllegalStateException("port " + port + " is already in use (choose another with --port)", e);
            }
        }
        return e;
    }
}
