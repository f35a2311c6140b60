package org.chancery.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.App;
import org.chancery.publication.PublicationType;

/**
 * Writes the public site of a running {@link App} as files into a directory: each language's
 * home, every publication readers can open, the archive page by page (all and by type), the
 * static pages, the search page, the feeds, the sitemap, robots.txt and every file the pages
 * refer to. Pages are fetched over HTTP from the app itself, so they are exactly what the site
 * serves. Run again, it writes only files whose bytes changed, removes the files it wrote
 * before that the site no longer has, and does not fetch a publication that has not changed
 * since (nor anything it touches: its series, its translations, the menu, the settings).
 */
public final class StaticExport {
    /** The export's default number of requests at once. */
    public static final int CONCURRENCY = 8;
    private static final Duration SEARCH_INDEX_WAIT = Duration.ofMinutes(2);

    /** Told of progress: files handled so far, and addresses known so far. */
    public interface Progress extends SiteCrawler.Progress {
    }

    /** What an export did; {@code files} is every file the export now holds. */
    public record Summary(long written, long unchanged, long removed, long missing, double seconds) {
        public long files() {
            return written + unchanged;
        }

        public double filesPerSecond() {
            return seconds <= 0 ? files() : files() / seconds;
        }
    }

    private StaticExport() {
    }

    /**
     * Checks that {@code dir} may take an export (new, empty, or holding a previous export), so a
     * command refuses a wrong directory before starting the site.
     */
    public static void checkTarget(Path dir) {
        ExportTarget.prepare(dir);
    }

    /** Exports the site {@code app} serves (it must be started) into {@code dir}. */
    public static Summary run(App app, Path dir, int concurrency, Progress progress) {
        long started = System.nanoTime();
        Manifest previous = ExportTarget.prepare(dir);
        var queries = new ExportQueries(app.database().jdbi());
        String build = buildStamp();
        // A first export fetches everything: the change log's history need not be read.
        var changes = previous.files().isEmpty()
                ? new ExportQueries.Changes(queries.lastChange(), true, Set.of())
                : queries.since(previous.changeLog());
        var visible = queries.visible();
        Set<Long> refetch = !build.equals(previous.build()) || changes.siteWide()
                ? visible.stream().map(ExportQueries.Visible::id).collect(Collectors.toSet())
                : changes.publications();
        URI origin = URI.create("http://127.0.0.1:" + app.port() + "/");
        URI publicBase = app.config().baseUrl().orElse(URI.create("http://localhost:" + app.port()));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        SiteCrawler.Counts counts;
        Map<String, Manifest.Entry> files;
        try (var crawler = new SiteCrawler(client, origin, new Links(publicBase), dir, previous,
                ExportQueries.byPath(visible), refetch, concurrency, progress)) {
            List<String> seeds = seeds();
            visible.forEach(v -> seeds.add(v.path()));
            crawler.crawl(seeds);
            // The search page last: this app's own index may still be being built, and the page says so until it is.
            awaitSearchIndex(client, origin);
            counts = crawler.crawl(App.LANGUAGES.stream().map(lang -> "/" + lang + "/search").toList());
            files = crawler.files();
        }
        long removed = removeStale(dir, previous, files);
        new Manifest(Manifest.FORMAT, build, changes.last(), files).writeTo(dir);
        return new Summary(counts.written(), counts.unchanged(), removed, counts.missing(),
                (System.nanoTime() - started) / 1e9);
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of("/", "/robots.txt", "/sitemap.xml"));
        for (String lang : App.LANGUAGES) {
            String l = "/" + lang;
            seeds.addAll(List.of(l + "/", l + "/news", l + "/feed.xml", l + "/atom.xml"));
            for (PublicationType type : PublicationType.values()) {
                seeds.addAll(List.of(l + "/news/type/" + type.code(), l + "/feed/" + type.code() + ".xml",
                        l + "/atom/" + type.code() + ".xml"));
            }
        }
        return seeds;
    }

    private static void awaitSearchIndex(HttpClient client, URI origin) {
        long deadline = System.nanoTime() + SEARCH_INDEX_WAIT.toNanos();
        for (String lang : App.LANGUAGES) {
            HttpRequest request = HttpRequest.newBuilder(origin.resolve("/" + lang + "/search")).build();
            try {
                while (client.send(request, HttpResponse.BodyHandlers.ofString()).body().contains("search-rebuilding")
                        && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("GET /" + lang + "/search failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the export was interrupted", e);
            }
        }
    }

    /** Removes the files the previous export wrote that this one did not, and directories left empty. */
    private static long removeStale(Path dir, Manifest previous, Map<String, Manifest.Entry> files) {
        long removed = 0;
        for (String file : previous.files().keySet()) {
            if (files.containsKey(file)) {
                continue;
            }
            Path path = dir.resolve(file).normalize();
            try {
                if (path.startsWith(dir) && Files.deleteIfExists(path)) {
                    removed++;
                }
                for (Path parent = path.getParent(); parent != null && !parent.equals(dir) && parent.startsWith(dir);
                        parent = parent.getParent()) {
                    try (var entries = Files.list(parent)) {
                        if (entries.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(parent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + path + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    /**
     * The program that rendered the pages: its version and its jar's size and time, so a new
     * build (new templates, new styles) fetches every page again.
     */
    static String buildStamp() {
        String version = "unknown";
        try (InputStream in = StaticExport.class.getResourceAsStream("/chancery/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException e) {
            // the version stays unknown; the jar's stamp below still tells builds apart
        }
        try {
            Path code = Path.of(StaticExport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
            return version + ":" + code;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version;
        }
    }
}
