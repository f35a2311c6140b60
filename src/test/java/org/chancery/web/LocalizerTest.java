package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizerTest {
    private static final String SALISBURY = "the Salisbury incident";

    private final Localizer t = new Localizer("en");

    /** The counter as layout/masthead.jte asks for it: days, label, then the days as plain digits. */
    private String counter(long days) {
        return t.text("masthead.counter", days, SALISBURY, String.valueOf(days));
    }

    @Test
    void dates_and_times_follow_the_bundle_patterns() {
        assertThat(t.longDate(LocalDate.of(2020, 5, 26))).isEqualTo("26 May 2020");
        assertThat(t.shortDate(LocalDate.of(2020, 5, 16))).isEqualTo("16.05.2020");
        assertThat(t.eventDate(LocalDate.of(2020, 4, 29))).isEqualTo("April 29, 2020");
        assertThat(t.time(LocalTime.of(9, 5, 59))).isEqualTo("09:05");
        assertThat(t.longDate(LocalDate.of(2021, 1, 1))).isEqualTo("1 January 2021");
    }

    @Test
    void month_name_stands_alone() {
        assertThat(t.monthName(5)).isEqualTo("May");
        assertThat(t.monthName(12)).isEqualTo("December");
    }

    @Test
    void counter_of_one_day_is_singular() {
        assertThat(counter(1)).isEqualTo("1 day has passed since the Salisbury incident");
    }

    @Test
    void counter_of_two_days_is_plural() {
        assertThat(counter(2)).isEqualTo("2 days have passed since the Salisbury incident");
        assertThat(counter(0)).isEqualTo("0 days have passed since the Salisbury incident");
    }

    @Test
    void counter_shows_thousands_without_a_separator() {
        assertThat(counter(3182)).isEqualTo("3182 days have passed since the Salisbury incident");
    }

    @Test
    void counter_with_comment_adds_it_after_a_dash() {
        assertThat(t.text("masthead.counterWithComment", 814L, SALISBURY, "814", "no response"))
                .isEqualTo("814 days have passed since the Salisbury incident - no response");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | No publications",
        "1 | 1 publication",
        "2 | 2 publications",
        "1234 | 1,234 publications",
    })
    void archive_count_has_its_own_words_for_none_one_and_many(long total, String text) {
        assertThat(t.text("archive.count", total)).isEqualTo(text);
    }

    @Test
    void message_arguments_are_placed_by_number_and_shown_as_given() {
        assertThat(t.text("error.archive.badNumber", "year", "{abc}"))
                .isEqualTo("The value “{abc}” is not valid for “year”.");
    }

    @Test
    void message_without_arguments_is_shown_as_written() {
        assertThat(t.text("series.toBeContinued")).isEqualTo("To be continued...");
        assertThat(t.has("nav.home")).isTrue();
        assertThat(t.has("nav.nowhere")).isFalse();
    }

    @Test
    void missing_key_is_an_error_not_a_blank() {
        assertThatThrownBy(() -> t.text("nav.nowhere")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void language_without_a_bundle_is_refused_rather_than_shown_in_another() {
        assertThatThrownBy(() -> new Localizer("xx")).isInstanceOf(MissingResourceException.class);
    }
}
