package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP dates: IMF-fixdate written, the three forms of RFC 9110 read. */
class HttpDateTest {
    private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void a_date_is_written_as_imf_fixdate_with_a_two_digit_day() {
        assertThat(HttpDate.format(Instant.parse("2026-12-07T09:57:00.750Z")))
                .isEqualTo("Mon, 07 Dec 2026 09:57:00 GMT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994", "Sun, 6 Nov 1994 08:49:37 GMT", " Sun, 06 Nov 1994 08:49:37 GMT "})
    void each_form_a_client_may_send_is_read(String header) {
        assertThat(HttpDate.parse(header)).contains(EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-12-07T09:57:00Z", "Sun, 06 Nov 1994 08:49:37 +0100x"})
    void anything_else_is_no_date(String header) {
        assertThat(HttpDate.parse(header)).isEmpty();
    }

    @Test
    void what_is_written_reads_back() {
        Instant second = Instant.parse("2026-03-01T00:00:09Z");
        assertThat(HttpDate.parse(HttpDate.format(second))).contains(second);
    }
}
