package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.junit.jupiter.api.Test;

class ArchiveFilterTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static ArchiveFilter filter(PublicationType type, Integer year, Integer month) {
        return new ArchiveFilter("en", Optional.ofNullable(type), Optional.ofNullable(year), Optional.ofNullable(month));
    }

    private static ArchivePage page(ArchiveFilter filter) {
        return new ArchivePage(filter, List.of(), Pager.of(1, 3), 25, List.of(), List.of(), lang -> null);
    }

    @Test
    void year_covers_moscow_midnight_to_moscow_midnight() {
        Instant[] range = filter(null, 2020, null).range(MOSCOW).orElseThrow();

        assertThat(range).containsExactly(Instant.parse("2019-12-31T21:00:00Z"), Instant.parse("2020-12-31T21:00:00Z"));
    }

    @Test
    void month_covers_its_days_from_moscow_midnight() {
        Instant[] range = filter(null, 2020, 5).range(MOSCOW).orElseThrow();

        assertThat(range).containsExactly(Instant.parse("2020-04-30T21:00:00Z"), Instant.parse("2020-05-31T21:00:00Z"));
    }

    @Test
    void december_ends_at_new_year_of_the_next_year() {
        Instant[] range = filter(null, 2020, 12).range(MOSCOW).orElseThrow();

        assertThat(range).containsExactly(Instant.parse("2020-11-30T21:00:00Z"), Instant.parse("2020-12-31T21:00:00Z"));
    }

    @Test
    void february_of_a_leap_year_ends_after_the_29th() {
        Instant[] range = filter(null, 2020, 2).range(MOSCOW).orElseThrow();

        assertThat(range[1]).isEqualTo(Instant.parse("2020-02-29T21:00:00Z"));
    }

    @Test
    void no_period_has_no_range() {
        assertThat(filter(PublicationType.INTERVIEW, null, null).range(MOSCOW)).isEmpty();
        assertThat(ArchiveFilter.all("en").range(MOSCOW)).isEmpty();
    }

    @Test
    void query_lists_type_year_and_month_in_that_order() {
        assertThat(ArchiveFilter.all("en").query()).isEmpty();
        assertThat(filter(PublicationType.INTERVIEW, null, null).query()).isEqualTo("type=interview");
        assertThat(filter(null, 2020, null).query()).isEqualTo("year=2020");
        assertThat(filter(null, 2020, 5).query()).isEqualTo("year=2020&month=5");
        assertThat(filter(PublicationType.PRESS_RELEASE, 2020, 12).query())
                .isEqualTo("type=press-release&year=2020&month=12");
    }

    @Test
    void query_of_a_page_adds_the_page_after_the_first() {
        assertThat(ArchiveFilter.all("en").query(1)).isEmpty();
        assertThat(ArchiveFilter.all("en").query(3)).isEqualTo("page=3");
        assertThat(filter(PublicationType.INTERVIEW, 2020, null).query(2)).isEqualTo("type=interview&year=2020&page=2");
    }

    @Test
    void href_keeps_the_shape_asked_for_unless_a_year_needs_the_query() {
        ArchiveFilter interviews = filter(PublicationType.INTERVIEW, null, null);
        assertThat(interviews.href(1, true)).isEqualTo("/en/news/type/interview");
        assertThat(interviews.href(2, true)).isEqualTo("/en/news/type/interview/page/2");
        assertThat(interviews.in("ru").href(2, false)).isEqualTo("/ru/news?type=interview&page=2");
        assertThat(ArchiveFilter.all("ru").href(1, false)).isEqualTo("/ru/news");
        assertThat(filter(null, 2020, 5).href(3, true)).isEqualTo("/en/news?year=2020&month=5&page=3");
    }

    @Test
    void month_without_year_is_refused() {
        assertThatThrownBy(() -> filter(null, null, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a month needs a year");
    }

    @Test
    void page_href_keeps_the_filter_and_adds_the_page() {
        ArchivePage page = page(filter(PublicationType.INTERVIEW, 2020, 5));

        assertThat(page.pageHref(2)).isEqualTo("/en/news?type=interview&year=2020&month=5&page=2");
        assertThat(page.pageHref(1)).isEqualTo("/en/news?type=interview&year=2020&month=5");
        assertThat(page.filtered()).isTrue();
    }

    @Test
    void page_href_of_the_first_unfiltered_page_is_the_bare_archive_path() {
        ArchivePage page = page(ArchiveFilter.all("en"));

        assertThat(page.pageHref(1)).isEqualTo("/en/news");
        assertThat(page.pageHref(3)).isEqualTo("/en/news/page/3");
        assertThat(page.filtered()).isFalse();
    }

    @Test
    void page_href_of_a_type_alone_is_shaped_like_a_path() {
        ArchivePage page = page(filter(PublicationType.INTERVIEW, null, null));

        assertThat(page.pageHref(1)).isEqualTo("/en/news/type/interview");
        assertThat(page.pageHref(2)).isEqualTo("/en/news/type/interview/page/2");
    }
}
