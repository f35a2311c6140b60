package org.chancery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proactive negotiation of a content coding from a request's {@code Accept-Encoding}, as RFC 9110
 * section 12.5.3 says: each coding has the weight its entry gives ({@code ;q=}), else the weight of
 * {@code *}, else none. The identity (no coding) is acceptable unless excluded ({@code identity;q=0},
 * or {@code *;q=0} without an entry of its own); listed, or covered by {@code *}, it competes with
 * its weight, else it is what goes when no coding is acceptable ({@code gzip;q=0.8} still gets gzip).
 * Of the codings offered, the one of highest weight wins; on a tie the server's order decides
 * ({@code br} before {@code gzip} before the identity). Browsers list their codings in their own order ({@code gzip, deflate, br,
 * zstd}), which says nothing of preference: only the weights do.
 */
public final class AcceptEncoding {
    /** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    static final String IDENTITY = "identity";
    private static final String ANY = "*";

    /**
     * What to send.
     *
     * @param coding             the content coding to apply, or null to send the bytes as they are
     * @param identityAcceptable whether bytes without a coding are acceptable (not when the client
     *                           excluded them, {@code identity;q=0}): then even a short body is coded
     */
    public record Choice(String coding, boolean identityAcceptable) {
        static final Choice IDENTITY = new Choice(null, true);
    }

    private AcceptEncoding() {
    }

    /**
     * The coding for a request's {@code Accept-Encoding} among {@code offered}, best first. No header
     * (or an empty one) gets the identity. When nothing offered is acceptable, not even the identity,
     * the bytes go as they are: RFC 9110 lets a server disregard the header rather than fail.
     */
    public static Choice choose(String header, List<String> offered) {
        if (header == null || header.isBlank()) {
            return Choice.IDENTITY;
        }
        Map<String, Double> weights = weights(header);
        Double any = weights.get(ANY);
        String best = null;
        double bestWeight = 0;
        for (String coding : offered) {
            double weight = weights.getOrDefault(coding, any == null ? 0 : any);
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        if (!weights.containsKey(IDENTITY) && any == null) {
            // not listed, so acceptable, but only where no coding is: a listed coding's weight is a preference
            return best == null ? Choice.IDENTITY : new Choice(best, true);
        }
        double identity = weights.getOrDefault(IDENTITY, any);
        if (identity > bestWeight) {
            return Choice.IDENTITY;
        }
        return new Choice(best, identity > 0);
    }

    /** Each coding's weight; an entry whose weight cannot be read is left out, as if not sent. */
    static Map<String, Double> weights(String header) {
        Map<String, Double> weights = new HashMap<>();
        for (String entry : header.split(",", -1)) {
            String[] parts = entry.split(";", -1);
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (coding.isEmpty()) {
                continue;
            }
            Double weight = weight(parts);
            if (weight != null) {
                // x-gzip is gzip (RFC 9110 8.4.1.3); a repeated entry keeps the first weight
                weights.putIfAbsent(coding.equals("x-gzip") ? "gzip" : coding, weight);
            }
        }
        return weights;
    }

    private static Double weight(String[] parts) {
        double weight = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("q")) {
                continue;
            }
            String value = parameter.substring(equals + 1).strip();
            if (!QVALUE.matcher(value).matches()) {
                return null;
            }
            weight = Double.parseDouble(value);
        }
        return weight;
    }
}
