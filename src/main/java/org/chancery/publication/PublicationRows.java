package org.chancery.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/** Maps publication rows: instants are stored as epoch milliseconds, dates as ISO text. */
public final class PublicationRows {
    static final String SUMMARY_COLUMNS = "id, slug, type, lang, title, lead, place, event_date, published_at";

    public static final RowMapper<PublicationSummary> SUMMARY = (rs, ctx) -> new PublicationSummary(
            rs.getLong("id"), rs.getString("slug"), type(rs), rs.getString("lang"),
            rs.getString("title"), rs.getString("lead"), rs.getString("place"),
            date(rs, "event_date"), instant(rs, "published_at"));

    public static final RowMapper<Publication> FULL = (rs, ctx) -> new Publication(
            rs.getLong("id"), rs.getString("slug"), type(rs), rs.getString("lang"),
            Status.fromCode(rs.getString("status")), rs.getString("title"), rs.getString("lead"),
            rs.getString("body"), rs.getString("place"), date(rs, "event_date"),
            instant(rs, "published_at"), rs.getBoolean("featured"), series(rs),
            lines(rs.getString("speakers")), instant(rs, "created_at"), instant(rs, "updated_at"));

    private PublicationRows() {
    }

    private static PublicationType type(ResultSet rs) throws SQLException {
        String code = rs.getString("type");
        return PublicationType.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown publication type in database: " + code));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    public static SeriesPart series(ResultSet rs) throws SQLException {
        String key = rs.getString("series_key");
        return key == null ? null : new SeriesPart(key, rs.getInt("series_part"));
    }

    /** Speakers (and tags) are stored one per line. */
    public static List<String> lines(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String linesText(List<String> lines) {
        return String.join("\n", lines);
    }
}
