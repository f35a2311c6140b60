package org.chancery.web;

import io.javalin.config.Key;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose forwarded headers are believed: addresses and CIDR ranges, IPv4 and
 * IPv6. A request's client is found by reading {@code X-Forwarded-For} from the right, the end
 * the nearest proxy wrote, skipping each trusted hop: the first address that is not a trusted
 * proxy is the client, as no one behind it could have forged it. A request from a peer that is
 * not trusted is taken at its word only for its own address; its {@code X-Forwarded-*} headers
 * are ignored.
 */
public final class TrustedProxies {
    /** Where {@code App} keeps the site's proxies for the request's helpers ({@link ClientAddress}, cookies). */
    public static final Key<TrustedProxies> KEY = new Key<>("chancery.trustedProxies");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses addresses ({@code 127.0.0.1}, {@code ::1}) and ranges ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public static TrustedProxies of(List<String> specs) {
        return new TrustedProxies(specs.stream().map(Range::parse).toList());
    }

    static TrustedProxies in(Context ctx) {
        return ctx.appData(KEY);
    }

    public boolean trusts(String address) {
        Optional<InetAddress> parsed = address(address);
        return parsed.isPresent() && ranges.stream().anyMatch(r -> r.contains(parsed.get()));
    }

    /**
     * The client behind {@code peer}, given the {@code X-Forwarded-For} header it sent (or null).
     * When every hop is a trusted proxy, the leftmost one; a hop that is not an IP address ends the
     * walk at the trusted address that reported it.
     */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (address(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the browser talks HTTPS: to this server directly, or to a trusted proxy that says so. */
    public boolean https(String peer, String scheme, String forwardedProto) {
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        return forwardedProto != null && trusts(peer)
                && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }

    /** A literal IPv4 or IPv6 address, bracketed or not; never a name, so no DNS is asked. */
    static Optional<InetAddress> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String a = text.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        boolean v4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = a.contains(":") && a.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(a));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address with a prefix length: {@code 10.0.0.0/8}; a bare address is its own range. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String spec) {
            String s = spec.strip();
            int slash = s.indexOf('/');
            String base = slash < 0 ? s : s.substring(0, slash);
            byte[] bytes = address(base).map(InetAddress::getAddress).orElseThrow(() -> new IllegalArgumentException(
                    "'" + spec + "' is not an IP address or CIDR range such as 10.0.0.0/8 or fd00::/8"));
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = s.substring(slash + 1);
                prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("'" + spec + "' has a prefix length outside 0 to " + bits);
                }
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((other[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
