package org.chancery.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chancery.App;
import org.chancery.config.Config;
import org.chancery.content.BodyRenderer;
import org.chancery.db.Database;
import org.chancery.masthead.SettingsRepository;
import org.chancery.publication.PublicationType;
import org.chancery.sample.GeneratedSample;
import org.chancery.sample.SampleGenerator;
import org.chancery.sample.SampleSite;
import org.chancery.search.IndexableReads;
import org.chancery.search.Indexer;
import org.chancery.search.SearchIndex;
import org.chancery.search.SearchQuery;
import org.chancery.search.SearchService;
import org.chancery.support.StoredPublications;

/**
 * A benchmark, not a test: fills a data directory with N generated publications (100,000 by
 * default), times building the search index from the database, then measures the latency of a
 * mix of searches, in the search service and through HTTP. Run it with {@code bench/search [N] [DIR]}.
 */
public final class SearchBenchmark {
    private static final List<String> QUERIES = List.of(
            "pandemic", "sanctions", "Arctic", "vaccines", "Salisbury", "multilateralism", "Syria", "consular fees",
            "Olympic", "Tolstoy", "Brexit", "nuclear weapons", "energy security", "world order", "visa applications",
            "\"strategic stability\"", "\"the Arctic Council\"", "\"international law\"",
            "speaker:\"Sergey Lavrov\" multilateralism", "speaker:Zakharova sanctions", "speaker:\"Andrei Kelin\" Salisbury",
            "Syria AND chemical", "sanctions -Brexit", "(Ukraine OR Minsk) settlement", "vaccin*", "title:pandemic",
            "\"world order", "embassy", "the Embassy regrets the decision", "Great Patriotic War veterans");
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("chancery-bench");
        System.out.printf("Chancery search benchmark: %,d generated publications in %s%n", n, dir);
        try (Database db = Database.open(Database.sqliteIn(dir))) {
            fill(db, n);
            buildIndex(db, dir);
        }
        measureService(dir);
        measureHttp(dir);
    }

    private static void fill(Database db, int n) {
        long existing = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM publications").mapTo(Long.class).one());
        if (existing >= n) {
            System.out.printf("database: %,d publications already there%n", existing);
            return;
        }
        var editorial = StoredPublications.writer(db, Clock.systemUTC());
        new SampleSite(db.jdbi(), new SettingsRepository(db.jdbi()), editorial, Clock.systemUTC()).loadIntoEmpty();
        long started = System.nanoTime();
        new GeneratedSample(editorial).write(new SampleGenerator(1, Instant.now()), n, (d, t) -> { });
        System.out.printf("database: generated %,d publications in %.1f s%n", n, seconds(started));
    }

    private static void buildIndex(Database db, Path dir) throws IOException {
        Path root = dir.resolve(App.INDEX_DIR);
        try (SearchIndex index = SearchIndex.open(root, Config.DEFAULT_LANGUAGES)) {
            var settings = new SettingsRepository(db.jdbi()).load();
            try (Indexer indexer = new Indexer(index, new IndexableReads(db.jdbi()), new BodyRenderer(), settings::homeZone)) {
                long started = System.nanoTime();
                long count = indexer.rebuildAll((lang, done, total) -> { });
                double s = seconds(started);
                System.out.printf("index build: %,d publications in %.1f s (%,.0f a second), %,.0f MB on disk%n",
                        count, s, count / s, size(root) / 1e6);
            }
        }
    }

    private static void measureService(Path dir) {
        try (Database db = Database.open(Database.sqliteIn(dir));
                SearchIndex index = SearchIndex.open(dir.resolve(App.INDEX_DIR), Config.DEFAULT_LANGUAGES)) {
            var zone = new SettingsRepository(db.jdbi()).load().homeZone();
            var search = new SearchService(index, Clock.systemUTC(), () -> zone);
            report("search service", latencies(query -> search.search(query).total()));
        }
    }

    private static void measureHttp(Path dir) throws Exception {
        try (App app = App.create(Config.of(0, dir).withLoadSample(false)).start()) {
            HttpClient http = HttpClient.newHttpClient();
            report("GET /en/search", latencies(query -> get(http, app.port(), query)));
        }
    }

    private static long get(HttpClient http, int port, SearchQuery q) {
        String url = "http://localhost:" + port + "/en/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
                + q.type().map(t -> "&type=" + t.code()).orElse("") + q.year().map(y -> "&year=" + y).orElse("")
                + (q.page() > 1 ? "&page=" + q.page() : "");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 404) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body().length();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds each measured query took, after a warm-up; queries mixed with filters and deeper pages. */
    @SuppressWarnings("ReturnValueIgnored") // only the time a query takes is measured
    private static double[] latencies(Function<SearchQuery, Long> run) {
        Random random = new Random(42);
        for (int i = 0; i < WARM_UP; i++) {
            run.apply(query(random));
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            SearchQuery query = query(random);
            long started = System.nanoTime();
            run.apply(query);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        return ms;
    }

    private static SearchQuery query(Random random) {
        SearchQuery query = SearchQuery.of("en", QUERIES.get(random.nextInt(QUERIES.size())));
        int kind = random.nextInt(10);
        if (kind == 0) {
            query = query.withType(PublicationType.values()[random.nextInt(PublicationType.values().length)]);
        } else if (kind == 1) {
            query = query.withYear(2005 + random.nextInt(20));
        } else if (kind == 2) {
            query = query.withPage(2 + random.nextInt(4));
        }
        return query;
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %,d queries, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            long total = 0;
            for (Path f : all) {
                total += Files.size(f);
            }
            return total;
        }
    }
}
