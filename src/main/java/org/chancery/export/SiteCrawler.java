package org.chancery.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.export.ExportQueries.Visible;

/**
 * Fetches the site from a running instance, a few requests at a time, starting from given
 * addresses and following every same-site link of what it fetches; writes each answer to its
 * file unless the file already holds those bytes. A publication whose page the previous export
 * wrote and that has not changed since is not fetched again: its file and the files it refers
 * to are kept.
 */
final class SiteCrawler implements AutoCloseable {
    /** Told of progress: files handled so far, and addresses known so far. */
    interface Progress {
        void update(long done, long known);
    }

    /** What the crawl did. */
    record Counts(long written, long unchanged, long missing) {
    }

    private final HttpClient client;
    private final URI origin;
    private final Links links;
    private final Path dir;
    private final Manifest previous;
    private final Map<String, Visible> publications;
    private final Set<Long> refetch;
    private final Progress progress;
    private final Map<String, Manifest.Entry> files = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong missing = new AtomicLong();
    private final ExecutorService workers;
    private volatile CompletableFuture<Void> finished = new CompletableFuture<>();

    SiteCrawler(HttpClient client, URI origin, Links links, Path dir, Manifest previous,
            Map<String, Visible> publications, Set<Long> refetch, int concurrency, Progress progress) {
        this.client = client;
        this.origin = origin;
        this.links = links;
        this.dir = dir;
        this.previous = previous;
        this.publications = publications;
        this.refetch = refetch;
        this.progress = progress;
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "chancery-export");
            t.setDaemon(true);
            return t;
        });
    }

    /** Crawls from {@code seeds} until nothing new is found; returns what it did. */
    Counts crawl(List<String> seeds) {
        finished = new CompletableFuture<>();
        pending.incrementAndGet();
        seeds.forEach(this::visit);
        settle();
        try {
            finished.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Counts(written.get(), unchanged.get(), missing.get());
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The files written or kept, by path in the export's directory. */
    Map<String, Manifest.Entry> files() {
        return files;
    }

    private void visit(String path) {
        if (finished.isDone() || !seen.add(path)) {
            return;
        }
        pending.incrementAndGet();
        workers.execute(() -> {
            try {
                handle(path);
            } catch (RuntimeException e) {
                finished.completeExceptionally(e);
            } finally {
                done.incrementAndGet();
                progress.update(done.get(), seen.size());
                settle();
            }
        });
    }

    private void settle() {
        if (pending.decrementAndGet() == 0) {
            finished.complete(null);
        }
    }

    private void handle(String path) {
        var file = FileLayout.fileFor(path);
        if (file.isEmpty()) {
            return;
        }
        Visible publication = publications.get(path);
        if (publication != null && keep(file.get(), publication)) {
            return;
        }
        HttpResponse<byte[]> response = get(path);
        int status = response.statusCode();
        if (status == 200) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            Set<String> found = Links.read(type) ? links.in(type, new String(response.body(), StandardCharsets.UTF_8))
                    : Set.of();
            List<String> refs = publication == null ? null : found.stream().filter(SiteCrawler::isFile).sorted().toList();
            store(file.get(), response.body(), publication, refs);
            found.forEach(this::visit);
        } else if (status >= 300 && status < 400) {
            String target = response.headers().firstValue("Location").flatMap(links::sitePath).orElse(null);
            if (target != null && file.get().endsWith(FileLayout.INDEX)) {
                store(file.get(), RedirectPage.to(target, links.absolute(target)), null, null);
                visit(target);
            } else {
                missing.incrementAndGet();
            }
        } else if (status == 404 || status == 410) {
            missing.incrementAndGet();
        } else {
            throw new IllegalStateException("the site answered " + status + " to GET " + path);
        }
    }

    /** Keeps an unchanged publication's page as the previous export wrote it; false when it must be fetched. */
    private boolean keep(String file, Visible publication) {
        Manifest.Entry before = previous.files().get(file);
        if (before == null || refetch.contains(publication.id()) || before.publication() == null
                || before.publication() != publication.id() || before.updatedAt() == null
                || before.updatedAt() != publication.updatedAt() || !Files.isRegularFile(dir.resolve(file))) {
            return false;
        }
        files.put(file, before);
        unchanged.incrementAndGet();
        if (before.refs() != null) {
            before.refs().forEach(this::visit);
        }
        return true;
    }

    private void store(String file, byte[] body, Visible publication, List<String> refs) {
        String sha = sha256(body);
        Manifest.Entry before = previous.files().get(file);
        Path target = dir.resolve(file);
        if (before != null && before.sha256().equals(sha) && Files.isRegularFile(target)) {
            unchanged.incrementAndGet();
        } else {
            AtomicFiles.write(target, body);
            written.incrementAndGet();
        }
        files.put(file, publication == null ? Manifest.Entry.file(sha)
                : new Manifest.Entry(sha, publication.id(), publication.updatedAt(), refs));
    }

    private HttpResponse<byte[]> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(origin.resolve(path)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export was interrupted", e);
        }
    }

    /** A link to a file (an asset, a feed) rather than to a page: kept with a page the export does not fetch again. */
    private static boolean isFile(String path) {
        return FileLayout.fileFor(path).map(f -> !f.endsWith(FileLayout.INDEX)).orElse(false);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
