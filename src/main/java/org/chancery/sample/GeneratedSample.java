package org.chancery.sample;

import org.chancery.publication.PublicationRepository;
import org.jdbi.v3.core.Jdbi;

/** Writes {@link SampleGenerator}'s publications into the database, a thousand to a transaction. */
public final class GeneratedSample {
    static final int BATCH = 1_000;

    /** Hears how many of the publications have been written. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final Jdbi jdbi;
    private final PublicationRepository publications;

    public GeneratedSample(Jdbi jdbi, PublicationRepository publications) {
        this.jdbi = jdbi;
        this.publications = publications;
    }

    public void write(SampleGenerator generator, int count, Progress progress) {
        progress.update(0, count);
        for (int from = 0; from < count; from += BATCH) {
            int start = from;
            int end = Math.min(count, from + BATCH);
            // Repositories called inside this callback share its handle, so a batch commits at once.
            jdbi.useTransaction(h -> {
                for (int i = start; i < end; i++) {
                    publications.insert(generator.next(i, count));
                }
            });
            progress.update(end, count);
        }
    }
}
