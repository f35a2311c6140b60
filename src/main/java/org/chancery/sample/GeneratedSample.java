package org.chancery.sample;

import java.util.ArrayList;
import java.util.List;
import org.chancery.editorial.EditorialService;
import org.chancery.publication.Publication;

/**
 * Writes {@link SampleGenerator}'s publications into the database through {@link EditorialService#load},
 * a thousand to a transaction.
 */
public final class GeneratedSample {
    static final int BATCH = 1_000;

    /** Hears how many of the publications have been written. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final EditorialService editorial;

    public GeneratedSample(EditorialService editorial) {
        this.editorial = editorial;
    }

    public void write(SampleGenerator generator, int count, Progress progress) {
        progress.update(0, count);
        for (int from = 0; from < count; from += BATCH) {
            int end = Math.min(count, from + BATCH);
            List<Publication> batch = new ArrayList<>(end - from);
            for (int i = from; i < end; i++) {
                batch.add(generator.next(i, count));
            }
            editorial.load(batch);
            progress.update(end, count);
        }
    }
}
