package org.chancery.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP addresses and CIDR ranges as settings name them ({@code metrics_from}, {@code trusted_proxies})
 * and as requests carry them: literals only, never host names, so no DNS is ever asked.
 */
public final class NetworkAddresses {
    private NetworkAddresses() {
    }

    /**
     * A literal IPv4 or IPv6 address, as {@link #address} reads it; a host name is refused, as it
     * would need DNS on every scrape.
     */
    public static InetAddress literal(String text) {
        return address(text).orElseThrow(() -> new IllegalArgumentException("not an IP address: '" + text + "'"));
    }

    /** A literal IPv4 or IPv6 address, bracketed or not; never a name, so no DNS is asked. */
    public static Optional<InetAddress> address(String text) {
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
    public record Range(byte[] network, int prefix) {
        public static Range parse(String spec) {
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

        public boolean contains(InetAddress address) {
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
