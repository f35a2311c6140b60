package org.chancery.search;

import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Query;

/**
 * A gentle preference for recent publications: a score is multiplied by
 * {@code 1 + WEIGHT * PIVOT / (PIVOT + age)}, so an item published today counts 1.2 times, one a
 * year old 1.1 times and one twenty years old about 1.01 times. Relevance still decides; among
 * matches of about equal relevance the newer comes first.
 */
final class RecencyBoost {
    static final double WEIGHT = 0.2;
    static final long PIVOT_MILLIS = Duration.ofDays(365).toMillis();

    private RecencyBoost() {
    }

    static Query boost(Query query, Instant now) {
        long nowMillis = now.toEpochMilli();
        DoubleValuesSource factor = DoubleValuesSource.fromField(IndexFields.PUBLISHED,
                published -> factor(nowMillis - published));
        return FunctionScoreQuery.boostByValue(query, factor);
    }

    static double factor(long ageMillis) {
        double age = Math.max(0, ageMillis);
        return 1 + WEIGHT * PIVOT_MILLIS / (PIVOT_MILLIS + age);
    }
}
