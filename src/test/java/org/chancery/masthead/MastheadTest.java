package org.chancery.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.chancery.masthead.Masthead.ClockReading;
import org.chancery.masthead.Masthead.CounterReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MastheadTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String NO_RESPONSE = "no credible information or response from the British authorities";
    private static final ContactLine CONSULAR = new ContactLine("Consular queries", "+44 (0) 203 668 7474", "");

    /** The sample site's settings, as on the embassy's home page of 26 May 2020. */
    private static SiteSettings sample(DayCounter... extra) {
        List<DayCounter> counters = new ArrayList<>(List.of(
                new DayCounter(LocalDate.of(2018, 3, 4), "the Salisbury incident", NO_RESPONSE, true),
                new DayCounter(LocalDate.of(2018, 3, 12), "the death of Nikolay Glushkov on British soil",
                        NO_RESPONSE, true)));
        counters.addAll(List.of(extra));
        return new SiteSettings("Embassy", MOSCOW,
                List.of(new ClockSetting("Moscow", MOSCOW), new ClockSetting("London", LONDON)),
                List.of(CONSULAR), counters);
    }

    private static SiteSettings withCounters(DayCounter... counters) {
        return new SiteSettings("Embassy", MOSCOW, List.of(), List.of(), List.of(counters));
    }

    private static Masthead at(String instant) {
        return Masthead.at(Instant.parse(instant), sample());
    }

    private static List<LocalTime> times(Masthead m) {
        return m.clocks().stream().map(ClockReading::time).toList();
    }

    /** How far Moscow's clock is ahead of London's; both show times of the same day or across midnight. */
    private static Duration gap(Masthead m) {
        Duration d = Duration.between(m.clocks().get(1).time(), m.clocks().get(0).time());
        return d.isNegative() ? d.plusDays(1) : d;
    }

    @Test
    void seed_instant_shows_home_date_both_clocks_and_both_counters() {
        Masthead m = at("2020-05-26T09:57:00Z");

        assertThat(m.today()).isEqualTo(LocalDate.of(2020, 5, 26));
        assertThat(m.clocks()).containsExactly(
                new ClockReading("Moscow", "Europe/Moscow", LocalTime.of(12, 57)),
                new ClockReading("London", "Europe/London", LocalTime.of(10, 57)));
        assertThat(m.counters()).extracting(CounterReading::days).containsExactly(814L, 806L);
        assertThat(m.counters()).extracting(CounterReading::label)
                .containsExactly("the Salisbury incident", "the death of Nikolay Glushkov on British soil");
        assertThat(m.counters()).extracting(CounterReading::comment).containsOnly(NO_RESPONSE);
        assertThat(m.contacts()).containsExactly(CONSULAR);
    }

    @Test
    void clocks_show_whole_minutes_without_seconds() {
        assertThat(times(at("2020-05-26T09:57:59.999Z")))
                .containsExactly(LocalTime.of(12, 57), LocalTime.of(10, 57));
    }

    @Test
    void winter_gap_between_moscow_and_london_is_three_hours() {
        Masthead m = at("2021-01-15T12:00:00Z");

        assertThat(times(m)).containsExactly(LocalTime.of(15, 0), LocalTime.of(12, 0));
        assertThat(gap(m)).isEqualTo(Duration.ofHours(3));
    }

    @ParameterizedTest(name = "{0}: Moscow {1}, London {2}")
    @CsvSource({
        // London springs forward at 01:00 UTC on 29 March 2020; Moscow keeps UTC+3 all year.
        "2020-03-29T00:59:00Z, 03:59, 00:59, 3",
        "2020-03-29T01:00:00Z, 04:00, 02:00, 2",
        // London falls back at 01:00 UTC on 25 October 2020.
        "2020-10-25T00:59:00Z, 03:59, 01:59, 2",
        "2020-10-25T01:00:00Z, 04:00, 01:00, 3",
    })
    void gap_follows_london_across_its_summer_time_switches(String instant, LocalTime moscow, LocalTime london,
            int hours) {
        Masthead m = at(instant);

        assertThat(times(m)).containsExactly(moscow, london);
        assertThat(gap(m)).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void today_is_the_home_zone_date_even_while_london_is_still_on_the_previous_day() {
        Masthead m = at("2020-05-25T22:30:00Z");

        assertThat(m.today()).isEqualTo(LocalDate.of(2020, 5, 26));
        assertThat(times(m)).containsExactly(LocalTime.of(1, 30), LocalTime.of(23, 30));
        assertThat(m.counters()).extracting(CounterReading::days).containsExactly(814L, 806L);
    }

    @Test
    void inactive_counter_is_not_shown() {
        DayCounter hidden = new DayCounter(LocalDate.of(2019, 1, 1), "hidden event", "", false);

        Masthead m = Masthead.at(Instant.parse("2020-05-26T09:57:00Z"), sample(hidden));

        assertThat(m.counters()).extracting(CounterReading::label)
                .containsExactly("the Salisbury incident", "the death of Nikolay Glushkov on British soil");
    }

    @Test
    void counter_on_its_event_day_shows_zero() {
        DayCounter counter = new DayCounter(LocalDate.of(2020, 5, 26), "today's event", "", true);

        Masthead m = Masthead.at(Instant.parse("2020-05-26T20:59:00Z"), withCounters(counter));

        assertThat(m.counters()).extracting(CounterReading::days).containsExactly(0L);
    }

    @Test
    void counter_counts_calendar_days_in_home_zone() {
        DayCounter counter = new DayCounter(LocalDate.of(2020, 5, 26), "event", "", true);
        SiteSettings settings = withCounters(counter);

        // 20:59 UTC is 23:59 in Moscow, 21:00 UTC is midnight: one minute makes one day.
        assertThat(Masthead.at(Instant.parse("2020-05-26T20:59:00Z"), settings).counters().get(0).days()).isZero();
        assertThat(Masthead.at(Instant.parse("2020-05-26T21:00:00Z"), settings).counters().get(0).days()).isEqualTo(1);
    }

    @Test
    void span_across_a_leap_february_counts_the_29th() {
        DayCounter leap = new DayCounter(LocalDate.of(2020, 2, 28), "leap", "", true);
        DayCounter common = new DayCounter(LocalDate.of(2019, 2, 28), "common", "", true);

        assertThat(leap.daysUntil(LocalDate.of(2020, 3, 1))).isEqualTo(2);
        assertThat(common.daysUntil(LocalDate.of(2019, 3, 1))).isEqualTo(1);
        assertThat(Masthead.at(Instant.parse("2020-03-01T09:00:00Z"), withCounters(leap)).counters())
                .extracting(CounterReading::days).containsExactly(2L);
    }

    @Test
    void tel_href_drops_the_national_zero_spaces_and_brackets() {
        assertThat(CONSULAR.telHref()).isEqualTo("tel:+442036687474");
    }

    @Test
    void tel_href_keeps_a_plain_number_as_digits() {
        assertThat(new ContactLine("Press", "020 7229 3628", null).telHref()).isEqualTo("tel:02072293628");
    }
}
