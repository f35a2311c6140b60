package org.chancery.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers of setting values: each returns the value or throws an {@link IllegalArgumentException} saying why not. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m)");

    private Values() {
    }

    static int port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) > 65_535) {
            throw new IllegalArgumentException("expected a port number between 0 and 65535, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    static String text(String text) {
        return text;
    }

    static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected an http(s) address such as https://www.embassy.example, got '"
                    + text + "'");
        }
    }

    static String jdbcUrl(String text) {
        if (!text.startsWith("jdbc:postgresql:") && !text.startsWith("jdbc:sqlite:")) {
            // the URL may hold a password, so it is not repeated
            throw new IllegalArgumentException(
                    "expected a JDBC URL such as jdbc:postgresql://db.example:5432/chancery");
        }
        return text;
    }

    /** Items separated by commas, blanks around them dropped, each checked by {@code check}. */
    @SuppressWarnings("ReturnValueIgnored") // check throws on a bad item; what it returns is not needed
    static List<String> list(String text, Function<String, ?> check) {
        List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        items.forEach(check::apply);
        return items;
    }

    static Function<String, String> oneOf(String... choices) {
        return text -> {
            if (!List.of(choices).contains(text)) {
                throw new IllegalArgumentException("expected one of " + String.join(", ", choices) + ", got '" + text
                        + "'");
            }
            return text;
        };
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m}; {@code 0} too. */
    static Duration duration(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 10s, 500ms or 1m, got '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
