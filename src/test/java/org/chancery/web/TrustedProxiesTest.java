package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose forwarded headers count, and which address of X-Forwarded-For is the client's. */
class TrustedProxiesTest {
    private final TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void addresses_and_ranges_of_both_families_are_trusted() {
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("[::1]")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("10.200.3.4")).isTrue();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(proxies.trusts(null)).isFalse();
    }

    @Test
    void the_client_is_the_rightmost_address_that_is_not_a_trusted_proxy() {
        assertThat(proxies.client("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxies.client("127.0.0.1", "203.0.113.7, 10.1.1.1")).isEqualTo("203.0.113.7");
        // a client's own header is kept to the left of what the proxies add, and never believed
        assertThat(proxies.client("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.1.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void an_untrusted_peer_is_the_client_whatever_it_forwards() {
        assertThat(proxies.client("203.0.113.7", "10.1.1.1")).isEqualTo("203.0.113.7");
        assertThat(proxies.client("203.0.113.7", null)).isEqualTo("203.0.113.7");
    }

    @Test
    void when_every_hop_is_trusted_the_leftmost_is_the_client_and_a_hop_that_is_no_address_ends_the_walk() {
        assertThat(proxies.client("127.0.0.1", "10.9.9.9, 10.1.1.1")).isEqualTo("10.9.9.9");
        assertThat(proxies.client("127.0.0.1", "unknown, 10.1.1.1")).isEqualTo("10.1.1.1");
        assertThat(proxies.client("127.0.0.1", "203.0.113.7, not-an-ip")).isEqualTo("127.0.0.1");
    }

    @Test
    void forwarded_https_counts_only_from_a_trusted_peer() {
        assertThat(proxies.https("127.0.0.1", "http", "https")).isTrue();
        assertThat(proxies.https("203.0.113.7", "http", "https")).isFalse();
        assertThat(proxies.https("203.0.113.7", "https", null)).isTrue();
        assertThat(proxies.https("127.0.0.1", "http", "http")).isFalse();
    }

    @Test
    void a_spec_that_is_neither_address_nor_range_is_refused() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example")))
                .hasMessage("'proxy.example' is not an IP address or CIDR range such as 10.0.0.0/8 or fd00::/8");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("::1/129"))).hasMessageContaining("outside 0 to 128");
    }
}
