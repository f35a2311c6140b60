package org.chancery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates in HTTP headers (RFC 9110, 5.6.7): written as IMF-fixdate, {@code Mon, 07 Dec 2026 09:57:00 GMT}
 * with its two-digit day, which caches such as nginx's parse; read in any of the three forms a
 * recipient must accept, the obsolete RFC 850 ({@code Monday, 07-Dec-26 09:57:00 GMT}) and asctime
 * ({@code Mon Dec  7 09:57:00 2026}) forms too.
 */
public final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            // a two-digit year more than 50 years in the future is in the past century (RFC 9110); the
            // base date makes 00-49 this century's, near enough for what clients send
            .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(1970, 1, 1))
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM ")
            .padNext(2).appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendPattern(" HH:mm:ss yyyy")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    /** IMF-fixdate, and the one-digit day this site wrote before, which clients may still send back. */
    private static final List<DateTimeFormatter> READ =
            List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME);

    private HttpDate() {
    }

    /** An instant as IMF-fixdate, to the second. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant a header's date names, in any of HTTP's three forms; empty for anything else. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter form : READ) {
            try {
                return Optional.of(Instant.from(form.parse(text.strip())));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }
}
