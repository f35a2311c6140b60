package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** Which failures are the client's doing, found however deep Jetty, the servlet layer or Javalin wrapped them. */
class ClientFailureTest {

    @Test
    void a_hang_up_anywhere_in_the_causes_is_an_abort() {
        var wrapped = new UncheckedIOException(new IOException("reading the body", new EofException("Early EOF")));
        assertThat(ClientFailure.of(wrapped)).contains(new ClientFailure(499, "the client hung up"));
        assertThat(ClientFailure.of(wrapped).orElseThrow().aborted()).isTrue();
    }

    @Test
    void a_timeout_is_a_408_and_a_bad_message_keeps_its_status() {
        assertThat(ClientFailure.of(new IOException(new TimeoutException("read rate is too low"))))
                .contains(new ClientFailure(408, "the client sent too slowly (read rate is too low)"));
        assertThat(ClientFailure.of(new IOException(new TimeoutException("idle"))).orElseThrow().unread()).isTrue();
        assertThat(ClientFailure.of(new IllegalStateException(new HttpException.RuntimeException(431, "header too large"))))
                .hasValueSatisfying(f -> {
                    assertThat(f.status()).isEqualTo(431);
                    assertThat(f.unread()).as("read, and malformed").isFalse();
                });
    }

    @Test
    void a_body_in_a_charset_that_does_not_exist_is_a_415() {
        var reading = new IllegalStateException(new java.nio.charset.UnsupportedCharsetException("x"));
        assertThat(ClientFailure.of(reading)).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(415));
        assertThat(ClientFailure.of(new java.nio.charset.IllegalCharsetNameException("a b")))
                .hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(415));
    }

    @Test
    void anything_else_is_the_servers_failure() {
        assertThat(ClientFailure.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(ClientFailure.of(new java.io.EOFException("a truncated file on the server"))).isEmpty();
        assertThat(ClientFailure.of(new HttpException.RuntimeException(500, "server side"))).isEmpty();
    }
}
