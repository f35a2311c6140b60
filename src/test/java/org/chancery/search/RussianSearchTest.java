package org.chancery.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.chancery.publication.PublicationType;
import org.junit.jupiter.api.Test;

/** The Russian site's index stems Russian words, ready for when Russian content is published. */
class RussianSearchTest {

    @Test
    void another_case_of_a_russian_word_finds_it() {
        try (TestIndex index = TestIndex.russian()) {
            index.add(new Indexable(1, "zayavlenie", PublicationType.STATEMENT, "ru", "Заявление",
                    "", "Пандемия изменила дипломатию.", null, null, Instant.parse("2020-05-01T10:00:00Z"),
                    Instant.parse("2020-05-01T10:00:00Z"), List.of(), List.of()));

            assertThat(TestIndex.ids(index.search("пандемии"))).containsExactly(1L);
            assertThat(TestIndex.ids(index.search("дипломатии"))).containsExactly(1L);
        }
    }
}
