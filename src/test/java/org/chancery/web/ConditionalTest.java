package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which If-None-Match headers name an ETag. */
class ConditionalTest {
    private static final String TAG = Conditional.etag("body".getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TAG | true", "W/TAG | true", "\"other\", TAG | true", "* | true", "\"other\" | false", "'' | false"})
    void if_none_match_names_the_tag(String header, boolean matches) {
        assertThat(Conditional.matches(header.replace("TAG", TAG), TAG)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"body, true", "other body, false"})
    void the_tag_follows_the_bytes(String body, boolean same) {
        assertThat(Conditional.etag(body.getBytes(StandardCharsets.UTF_8)).equals(TAG)).isEqualTo(same);
        assertThat(TAG).matches("\"[A-Za-z0-9_-]{22}\"");
    }
}
