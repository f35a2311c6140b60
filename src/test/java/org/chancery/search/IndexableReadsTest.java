package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.chancery.db.Database;
import org.chancery.publication.Publication;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;
import org.chancery.search.IndexableReads.Fingerprint;
import org.chancery.support.StoredPublications;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the index reads from the database, on SQLite and PostgreSQL. */
class IndexableReadsTest {
    private static final Instant T = Instant.parse("2020-05-01T10:00:00Z");

    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static long insert(StoredPublications repo, String lang, Status status, int minutes) {
        Instant at = T.plus(Duration.ofMinutes(minutes));
        return repo.insert(new Publication(null, "item", PublicationType.STATEMENT, lang, status, "Title", "Lead",
                "Body", null, null, status == Status.DRAFT ? null : at, false, null, List.of("Question"), at, at));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void only_published_items_are_read_by_id_in_batches_and_counted(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            var repo = new StoredPublications(database);
            long first = insert(repo, "en", Status.PUBLISHED, 1);
            long draft = insert(repo, "en", Status.DRAFT, 2);
            long withdrawn = insert(repo, "en", Status.WITHDRAWN, 3);
            long second = insert(repo, "en", Status.PUBLISHED, 4);
            insert(repo, "ru", Status.PUBLISHED, 5);
            long third = insert(repo, "en", Status.PUBLISHED, 6);
            var reads = new IndexableReads(database.jdbi());

            assertThat(reads.published(first)).hasValueSatisfying(p -> {
                assertThat(p.speakers()).containsExactly("Question");
                assertThat(p.publishedAt()).isEqualTo(T.plus(Duration.ofMinutes(1)));
            });
            assertThat(reads.published(draft)).isEmpty();
            assertThat(reads.published(withdrawn)).isEmpty();
            assertThat(reads.batch("en", 0, 2)).extracting(Indexable::id).containsExactly(first, second);
            assertThat(reads.batch("en", second, 2)).extracting(Indexable::id).containsExactly(third);
            assertThat(reads.fingerprint("en")).isEqualTo(new Fingerprint(3, T.plus(Duration.ofMinutes(6))));
            assertThat(reads.fingerprint("fr")).isEqualTo(new Fingerprint(0, null));
        }
    }
}
