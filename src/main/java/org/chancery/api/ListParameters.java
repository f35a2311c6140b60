package org.chancery.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chancery.publication.PublicationType;

/**
 * The query string of {@code GET /api/v1/publications}: {@code language}, {@code type},
 * {@code since} and {@code until} (an instant, or a date meaning its start in the home zone;
 * since inclusive, until exclusive), {@code limit} (1 to 100, default 20) and {@code cursor}
 * (from a {@code next} link). Anything else that makes no sense is a 400 naming the parameter.
 */
final class ListParameters {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private ListParameters() {
    }

    static PublicQueries.Filter filter(Context ctx, List<String> languages, ZoneId zone) {
        List<String> langs = param(ctx, "language").map(lang -> {
            if (!languages.contains(lang)) {
                throw ApiException.invalidParameter("language", "'language' must be one of " + languages);
            }
            return List.of(lang);
        }).orElse(languages);
        Optional<PublicationType> type = param(ctx, "type").map(code -> PublicationType.fromCode(code)
                .orElseThrow(() -> ApiException.invalidParameter("type", "there is no publication type '" + code + "'")));
        return new PublicQueries.Filter(langs, type, time(ctx, "since", zone), time(ctx, "until", zone),
                param(ctx, "cursor").map(Cursor::decode));
    }

    static int limit(Context ctx) {
        return param(ctx, "limit").map(text -> {
            try {
                int limit = Integer.parseInt(text);
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiException.invalidParameter("limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT);
        }).orElse(DEFAULT_LIMIT);
    }

    /** The request's own query string with another cursor: the next page under the same filters. */
    static String withCursor(Context ctx, String cursor) {
        return replacing(ctx, "cursor", cursor);
    }

    /** The request's own query string with another page number. */
    static String withPage(Context ctx, int page) {
        return replacing(ctx, "page", String.valueOf(page));
    }

    private static String replacing(Context ctx, String name, String value) {
        String others = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(name))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return (others.isEmpty() ? "" : others + "&") + name + "=" + encode(value);
    }

    private static Optional<Instant> time(Context ctx, String name, ZoneId zone) {
        return param(ctx, name).map(text -> {
            try {
                return text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                        : LocalDate.parse(text).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw ApiException.invalidParameter(name, "'" + name + "' must be a date (2020-05-26) or a time with"
                        + " an offset (2020-05-26T09:57:00Z)");
            }
        });
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
