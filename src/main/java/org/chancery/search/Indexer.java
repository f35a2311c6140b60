package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.chancery.background.Background;
import org.chancery.background.BackgroundQueue;
import org.chancery.background.Health;
import org.chancery.change.ChangeEvents;
import org.chancery.change.Follower;
import org.chancery.content.BodyRenderer;
import org.chancery.search.IndexableReads.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with what readers may see. It follows {@link ChangeEvents}
 * on one thread of its own (a {@link BackgroundQueue}): a publication published or edited is
 * (re)indexed, one withdrawn or unpublished is removed, and searches see the change as soon as
 * it is applied, well within a second. At start-up an index that does not match the database (missing, damaged, or changed
 * while the server was down) is rebuilt on that thread while the site serves.
 *
 * <p>How far behind it is shows in {@link #queued()} and {@link #lag(String)}, measured on the
 * JVM's monotonic timer: they are elapsed times for monitoring, not dates.
 */
public final class Indexer implements Background, AutoCloseable, Follower {
    private static final Logger log = LoggerFactory.getLogger(Indexer.class);
    static final int BATCH = 500;
    /** How long one task may run before the indexer counts as stuck (100,000 publications are rebuilt in 20 s). */
    static final Duration LATE_AFTER = Duration.ofMinutes(10);

    /** Hears how far a rebuild has come. */
    @FunctionalInterface
    public interface Progress {
        void update(String lang, long done, long total);
    }

    private final SearchIndex index;
    private final IndexableReads reads;
    private final IndexDocuments documents;
    private final BackgroundQueue worker = new BackgroundQueue("chancery-indexer", LATE_AFTER);
    /** When each event not yet applied was handed over ({@link System#nanoTime()}), oldest first. */
    private final ConcurrentLinkedDeque<Long> handedOver = new ConcurrentLinkedDeque<>();
    /** When each language being rebuilt was found to differ from the database. */
    private final Map<String, Long> rebuildsSince = new ConcurrentHashMap<>();
    private volatile boolean closing;

    public Indexer(SearchIndex index, IndexableReads reads, BodyRenderer renderer, Supplier<ZoneId> homeZone) {
        this.index = index;
        this.reads = reads;
        this.documents = new IndexDocuments(renderer, homeZone);
    }

    /**
     * Starts the indexer's thread (the first event would, too), compares each language's index with
     * the database and rebuilds, in the background, any that differs.
     */
    public void start() {
        worker.start();
        compare();
    }

    /**
     * Compares again, on the indexer's thread after what it has yet to apply: for a node that
     * missed changes it cannot name.
     */
    @Override
    public void reset() {
        submit(this::compare);
    }

    private void compare() {
        for (String lang : index.languages()) {
            Fingerprint database = reads.fingerprint(lang);
            Fingerprint indexed = index.language(lang).fingerprint();
            if (!database.equals(indexed) && !index.rebuilding(lang)) {
                log.info("The search index of '{}' holds {} publications, the database {}: rebuilding it",
                        lang, indexed.count(), database.count());
                index.rebuilding(lang, true);
                rebuildsSince.put(lang, System.nanoTime());
                submit(() -> rebuildInBackground(lang));
            }
        }
    }

    /** Applies a publishing event to the index, on the indexer's thread. */
    @Override
    public void follow(ChangeEvents.Event event) {
        if (!event.aboutPublication()) {
            return;
        }
        Long at = System.nanoTime();
        handedOver.addLast(at);
        if (!submit(() -> applyHandedOver(event.publicationId()))) {
            handedOver.removeLastOccurrence(at);
        }
    }

    /** How many publishing events the indexer was given and has not applied yet (0 in steady state). */
    public int queued() {
        return handedOver.size();
    }

    /**
     * How long the language's index has been missing a change: since the oldest event not yet
     * applied was handed over, or since a rebuild of the language began; zero when it is in step.
     */
    public Duration lag(String lang) {
        long now = System.nanoTime();
        Long oldest = handedOver.peekFirst();
        Long rebuild = rebuildsSince.get(lang);
        long since = Math.min(oldest == null ? now : oldest, rebuild == null ? now : rebuild);
        return Duration.ofNanos(now - since);
    }

    private void applyHandedOver(long id) {
        try {
            apply(id);
        } finally {
            handedOver.pollFirst();
        }
    }

    /** Waits until everything asked of the indexer so far is done. */
    public void awaitIdle(Duration timeout) {
        worker.awaitIdle(timeout);
    }

    /** Hands a task to the indexer's thread; false when the indexer has stopped and dropped it. */
    private boolean submit(Runnable task) {
        if (closing || !worker.submit(task)) {
            log.debug("the indexer has stopped; a task was dropped");
            return false;
        }
        return true;
    }

    @Override
    public Health health() {
        return worker.health();
    }

    void apply(long id) {
        try {
            Optional<Indexable> found = reads.published(id);
            for (String lang : index.languages()) {
                LanguageIndex language = index.language(lang);
                if (found.isPresent() && found.get().lang().equals(lang)) {
                    language.update(id, documents.document(found.get()));
                } else {
                    language.delete(id);
                }
                language.refresh();
                language.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Indexing publication {} failed; 'chancery reindex' rebuilds the index", id, e);
        }
    }

    private void rebuildInBackground(String lang) {
        if (closing) {
            return;
        }
        try {
            long started = System.nanoTime();
            long count = rebuild(lang, (l, done, total) -> { });
            log.info("Rebuilt the search index of '{}': {} publications in {} ms", lang, count,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (CancellationException e) {
            log.info("The rebuild of the search index of '{}' stopped at shutdown; it starts again at the next start", lang);
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the search index of '{}' failed", lang, e);
        } finally {
            index.rebuilding(lang, false);
            rebuildsSince.remove(lang);
        }
    }

    /**
     * Rebuilds one language's index from the database on the calling thread and returns how many
     * publications it holds. Searches see the old index until the new one is complete; when the
     * indexer is closed meanwhile, the rebuild stops with a {@link CancellationException} and
     * the old index stays as it was.
     */
    public long rebuild(String lang, Progress progress) throws IOException {
        LanguageIndex language = index.language(lang);
        long total = reads.fingerprint(lang).count();
        language.deleteAll();
        progress.update(lang, 0, total);
        long done = 0;
        long after = 0;
        for (List<Indexable> batch = reads.batch(lang, after, BATCH); !batch.isEmpty() && !closing;
                batch = reads.batch(lang, after, BATCH)) {
            batch.parallelStream().forEach(p -> language.add(documents.document(p)));
            done += batch.size();
            after = batch.get(batch.size() - 1).id();
            progress.update(lang, done, Math.max(total, done));
        }
        if (closing) {
            throw new CancellationException("the rebuild of '" + lang + "' was cut short; the index is left as it was");
        }
        language.commit();
        language.refresh();
        return done;
    }

    /** Rebuilds every language's index on the calling thread; returns how many publications they hold. */
    public long rebuildAll(Progress progress) {
        long count = 0;
        try {
            for (String lang : index.languages()) {
                count += rebuild(lang, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /**
     * Stops following events; applies those it was given and waits for the task at hand (a
     * rebuild stops at its next batch), at most the queue's bound of 30 seconds.
     */
    @Override
    public void close() {
        closing = true;
        worker.close();
    }
}
