package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void times_are_written_to_a_tenth_of_a_millisecond() {
        assertThat(AccessLog.tenths(0f)).isEqualTo("0.0");
        assertThat(AccessLog.tenths(0.04f)).isEqualTo("0.0");
        assertThat(AccessLog.tenths(0.05f)).isEqualTo("0.1");
        assertThat(AccessLog.tenths(12.34f)).isEqualTo("12.3");
        assertThat(AccessLog.tenths(9.96f)).isEqualTo("10.0");
        assertThat(AccessLog.tenths(60_000.5f)).isEqualTo("60000.5");
    }
}
