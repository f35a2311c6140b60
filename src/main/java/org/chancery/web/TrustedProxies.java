package org.chancery.web;

import io.javalin.config.Key;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.chancery.config.NetworkAddresses;

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

    private final List<NetworkAddresses.Range> ranges;

    private TrustedProxies(List<NetworkAddresses.Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses addresses ({@code 127.0.0.1}, {@code ::1}) and ranges ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    public static TrustedProxies of(List<String> specs) {
        return new TrustedProxies(specs.stream().map(NetworkAddresses.Range::parse).toList());
    }

    static TrustedProxies in(Context ctx) {
        return ctx.appData(KEY);
    }

    public boolean trusts(String address) {
        Optional<InetAddress> parsed = NetworkAddresses.address(address);
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
            if (NetworkAddresses.address(hop).isEmpty()) {
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

}
