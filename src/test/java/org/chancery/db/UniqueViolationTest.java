package org.chancery.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.stream.Stream;
import org.chancery.page.PageRepository;
import org.chancery.page.StaticPage;
import org.chancery.support.TestDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UniqueViolationTest {
    static Stream<Named<TestDatabase.Kind>> kinds() {
        return TestDatabase.kinds();
    }

    private static StaticPage page(String slug, String title) {
        return new StaticPage(0, "en", slug, title, "Text.", 1, Instant.EPOCH, null, null);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_second_row_for_a_unique_key_is_told_apart_from_other_failures(TestDatabase.Kind kind) {
        try (TestDatabase db = kind.create(); Database database = Database.open(db.resolved())) {
            var pages = new PageRepository();
            database.jdbi().useHandle(h -> pages.insert(h, page("visas", "Visas")));

            Throwable duplicate = catchThrowable(() -> database.jdbi().useHandle(h -> pages.insert(h, page("visas", "Again"))));
            Throwable missingTitle = catchThrowable(() -> database.jdbi().useHandle(h -> pages.insert(h, page("fees", null))));

            assertThat(UniqueViolation.causedBy(duplicate)).isTrue();
            assertThat(missingTitle).isNotNull();
            assertThat(UniqueViolation.causedBy(missingTitle)).isFalse();
        }
    }
}
