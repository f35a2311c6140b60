package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which content coding a request's Accept-Encoding gets, of Brotli and gzip, by RFC 9110's weights. */
class AcceptEncodingTest {
    private static final List<String> OFFERED = List.of("br", "gzip");

    @ParameterizedTest(name = "[{0}] gets {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // a browser's list is in its own order; with equal weights the server's preference decides
        "gzip, deflate, br, zstd            | br",
        "gzip, deflate, br                  | br",
        "gzip                               | gzip",
        "GZIP                               | gzip",
        "x-gzip                             | gzip",
        "gzip;q=1.0, br;q=0.5               | gzip",
        "br;q=0.2, gzip;q=0.9               | gzip",
        "gzip ; q=0.8                       | gzip",
        "br;q=0, gzip                       | gzip",
        "br;q=0                             | none",
        "gzip;q=0, br;q=0                   | none",
        "deflate, zstd                      | none",
        "identity                           | none",
        "identity;q=1, gzip;q=0.5           | none",
        "identity;q=0.5, gzip;q=0.8         | gzip",
        "*                                  | br",
        "*;q=0.5, gzip                      | gzip",
        "*;q=0                              | none",
        "br;q=abc, gzip;q=0.5               | gzip",
        "gzip;q=1.5                         | none",
        "gzip;level=9;q=0.4                 | gzip",
        "''                                 | none",
        "none                               | none"})
    void the_heaviest_offered_coding_wins(String header, String coding) {
        assertThat(AcceptEncoding.choose(header, OFFERED).coding()).isEqualTo(coding);
    }

    @ParameterizedTest(name = "[{0}] accepts no coding at all: {1}")
    @CsvSource(delimiter = '|', value = {
        "identity;q=0, gzip         | false",
        "*;q=0, br                  | false",
        "*;q=0, identity, br        | true",
        "identity;q=0               | false",
        "gzip                       | true",
        "*                          | true"})
    void the_identity_is_acceptable_unless_refused(String header, boolean acceptable) {
        assertThat(AcceptEncoding.choose(header, OFFERED).identityAcceptable()).isEqualTo(acceptable);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"identity;q=0, gzip | gzip", "*;q=0, br | br"})
    void a_client_refusing_the_identity_gets_the_coding_it_accepts(String header, String coding) {
        assertThat(AcceptEncoding.choose(header, OFFERED).coding()).isEqualTo(coding);
    }
}
