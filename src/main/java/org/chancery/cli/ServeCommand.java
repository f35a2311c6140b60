package org.chancery.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chancery.App;
import org.chancery.config.Config;
import org.chancery.config.Options;
import org.chancery.config.Settings;
import org.chancery.ops.LogFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chancery serve}: runs the site until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site over HTTP.",
            "The database is the SQLite file in the data directory unless db.url in the configuration",
            "(or CHANCERY_DB_URL, with CHANCERY_DB_USER and CHANCERY_DB_PASSWORD) names a PostgreSQL database.",
            "Settings: command-line flags, then CHANCERY_* variables, then the configuration file",
            "(see docs/configuration.md)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port (default: port in the configuration, else 8080).")
    Integer port;

    @Mixin
    SiteDatabase site;

    @Option(names = "--no-sample", description = "Start with an empty site instead of loading the sample.")
    boolean noSample;

    @Option(names = "--dev", description = "Reload templates from src/main/jte as they change.")
    boolean dev;

    @Option(names = "--base-url", paramLabel = "URL", description = {
        "The site's public address for absolute links in feeds, the sitemap and the API",
        "(default: base_url in the configuration, else http://localhost:PORT)."})
    String baseUrl;

    @Option(names = "--metrics-from", paramLabel = "ADDRESSES", split = ",", description = {
        "IP addresses allowed to read /metrics, separated by commas",
        "(default: metrics_from in the configuration, else 127.0.0.1,::1)."})
    List<String> metricsFrom;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>();
        if (port != null) {
            flags.put(Options.PORT.key(), String.valueOf(port));
        }
        if (baseUrl != null) {
            flags.put(Options.BASE_URL.key(), baseUrl);
        }
        if (metricsFrom != null) {
            flags.put(Options.METRICS_FROM.key(), String.join(",", metricsFrom));
        }
        Settings settings = site.strictSettings(main.environment().variables(), flags);
        Config config = SiteDatabase.prepared(settings.config()).withLoadSample(!noSample);
        LogFormat.use(settings.value(Options.LOG_FORMAT).orElseThrow());
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
            throw bindFailure(e, config.port());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "chancery-shutdown"));
        var out = spec.commandLine().getOut();
        out.printf("Chancery is serving http://localhost:%d/ (data: %s)%n", app.port(), config.dataDir());
        SetupLink.offer(app.accounts().setup(), app.port(), out, main.environment().terminal());
        stopped.await();
        return 0;
    }

    private static RuntimeException bindFailure(RuntimeException e, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof IOException && String.valueOf(t.getMessage()).contains("bind")) {
                return new IllegalStateException("port " + port + " is already in use (choose another with --port)", e);
            }
        }
        return e;
    }
}
