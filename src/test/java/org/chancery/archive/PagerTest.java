package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagerTest {

    /** The slots as the reader sees them: numbers, and "…" for a gap. */
    private static String shown(Pager pager) {
        return pager.slots().stream()
                .map(s -> s.gap() ? "…" : String.valueOf(s.number()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | 1",
        "1 | 3 | 1 2 3",
        "2 | 3 | 1 2 3",
        "3 | 3 | 1 2 3",
        "3 | 5 | 1 2 3 4 5",
        "6 | 11 | 1 … 4 5 6 7 8 … 11",
        "1 | 10 | 1 2 3 … 10",
        "10 | 10 | 1 … 8 9 10",
        "4 | 10 | 1 2 3 4 5 6 … 10",
        "7 | 10 | 1 … 5 6 7 8 9 10",
        "500 | 10000 | 1 … 498 499 500 501 502 … 10000",
    })
    void slots_show_first_last_and_a_window_of_two_around_the_current_page(int current, int last, String slots) {
        assertThat(shown(Pager.of(current, last))).isEqualTo(slots);
    }

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // Only page 2 is left out between 1 and the window: it is shown, not replaced by "…".
        "5 | 10 | 1 2 3 4 5 6 7 … 10",
        "1 | 5 | 1 2 3 4 5",
        // Only page 9 is left out before the last.
        "6 | 10 | 1 … 4 5 6 7 8 9 10",
        "5 | 9 | 1 2 3 4 5 6 7 8 9",
        "5 | 8 | 1 2 3 4 5 6 7 8",
        "4 | 7 | 1 2 3 4 5 6 7",
    })
    void a_single_left_out_number_is_shown_instead_of_a_gap(int current, int last, String slots) {
        assertThat(shown(Pager.of(current, last))).isEqualTo(slots);
    }

    @Test
    void a_gap_always_stands_for_at_least_two_numbers() {
        for (int last = 1; last <= 30; last++) {
            for (int current = 1; current <= last; current++) {
                var slots = Pager.of(current, last).slots();
                for (int i = 1; i + 1 < slots.size(); i++) {
                    if (slots.get(i).gap()) {
                        assertThat(slots.get(i + 1).number() - slots.get(i - 1).number())
                                .as("gap in page %d of %d", current, last).isGreaterThanOrEqualTo(3);
                    }
                }
            }
        }
    }

    @Test
    void first_page_has_no_previous_and_last_page_has_no_next() {
        Pager first = Pager.of(1, 3);
        Pager last = Pager.of(3, 3);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(Pager.of(1, 1).hasNext()).isFalse();
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"0, 1", "-1, 5", "2, 1", "11, 10", "1, 0", "0, 0"})
    void invalid_page_or_count_is_refused(int current, int last) {
        assertThatThrownBy(() -> Pager.of(current, last))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page " + current + " of " + last);
    }

    @ParameterizedTest(name = "{0} items, {1} a page: {2} pages")
    @CsvSource({"0, 10, 1", "1, 10, 1", "10, 10, 1", "11, 10, 2", "20, 10, 2", "21, 10, 3", "100000, 10, 10000"})
    void pages_for_rounds_up_and_an_empty_list_still_has_one_page(long items, int perPage, int pages) {
        assertThat(Pager.pagesFor(items, perPage)).isEqualTo(pages);
    }
}
