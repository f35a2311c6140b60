package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.jetty.http.ByteRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Range headers are honoured, and as which ranges of a file of 1,000 bytes. */
class ByteRangesTest {
    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
        "bytes=0-9                | 0-9",
        "bytes=-100               | 900-999",
        "bytes=990-               | 990-999",
        "bytes=0-99999            | 0-999",
        "bytes=0-99999999999999999999999 | 0-999",
        "bytes=-99999             | 0-999",
        "bytes=0-0                | 0-0",
        "bytes=999-999            | 999-999",
        "BYTES=1-2                | 1-2",
        "bytes=1-2,,              | 1-2",
        "bytes=5-9, 0-4           | 0-4 5-9",
        "bytes=5-9, 0-6           | 0-9",
        "bytes=0-9,20-29          | 0-9 20-29",
        "bytes=20-29,0-9,99999-   | 0-9 20-29"})
    void a_satisfiable_range_set_is_read_by_jetty(String header, String ranges) {
        assertThat(ByteRanges.requested(header, 1000)).extracting(r -> r.first() + "-" + r.last())
                .containsExactly(ranges.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=99999-", "bytes=-0", "bytes=1000-2000,5000-",
        "bytes=99999999999999999999999-"})
    void a_range_set_wholly_past_the_end_is_unsatisfiable(String header) {
        assertThat(ByteRanges.requested(header, 1000)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"items=0-9", "bytes=abc", "bytes=9-0", "bytes=", "bytes=-", "bytes=--5", "bytes 0-9",
        "bytes=0-9;x", "bytes=1-2-3",
        "bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15,16-17,18-19,20-21,22-23,24-25,26-27,28-29,30-31,32-33"})
    void a_header_that_cannot_be_read_or_asks_too_much_is_ignored(String header) {
        List<ByteRange> ranges = ByteRanges.requested(header, 1000);
        assertThat(ranges).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none                    | true", "'\"abc\"'                | true", "' \"abc\" '              | true",
        "'\"abd\"'               | false", "'W/\"abc\"'             | false",
        "Tue, 26 May 2020 09:57:00 GMT | false"})
    void if_range_holds_only_for_the_current_strong_etag(String ifRange, boolean holds) {
        assertThat(ByteRanges.ifRangeHolds(ifRange, "\"abc\"")).isEqualTo(holds);
    }
}
