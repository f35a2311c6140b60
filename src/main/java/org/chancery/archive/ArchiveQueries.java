package org.chancery.archive;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chancery.publication.PublicationRows;
import org.chancery.publication.PublicationSummary;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The archive's SQL. A page is found by its ids in the (lang, status[, type], published_at, id)
 * index alone, then only those rows are read (a deferred join), so page 500 of 100,000 items
 * costs an index walk, never a table scan. The count also reads the index only.
 */
public final class ArchiveQueries {
    private static final Comparator<PublicationSummary> NEWEST_FIRST = Comparator
            .comparing(PublicationSummary::publishedAt).thenComparing(PublicationSummary::id).reversed();

    private final Jdbi jdbi;

    public ArchiveQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static String where(ArchiveFilter f) {
        return "lang = :lang AND status = 'published' AND published_at IS NOT NULL"
                + (f.type().isPresent() ? " AND type = :type" : "")
                + (f.year().isPresent() ? " AND published_at >= :from AND published_at < :to" : "");
    }

    static String pageSql(ArchiveFilter f) {
        return "SELECT id, slug, type, lang, title, lead, place, event_date, published_at FROM publications"
                + " WHERE id IN (SELECT id FROM publications WHERE " + where(f)
                + " ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset)";
    }

    static String countSql(ArchiveFilter f) {
        return "SELECT COUNT(*) FROM publications WHERE " + where(f);
    }

    public List<PublicationSummary> page(ArchiveFilter f, ZoneId zone, int offset, int limit) {
        return jdbi.withHandle(h -> bind(h.createQuery(pageSql(f)), f, zone)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(PublicationRows.SUMMARY)
                .stream()
                .sorted(NEWEST_FIRST) // the outer select keeps no order; sorting one page here costs nothing
                .toList());
    }

    public long count(ArchiveFilter f, ZoneId zone) {
        return jdbi.withHandle(h -> bind(h.createQuery(countSql(f)), f, zone).mapTo(Long.class).one());
    }

    /** The first and last publication instants in {@code lang}, for the year choices. */
    public Optional<Instant[]> span(String lang) {
        return jdbi.withHandle(h -> {
            String base = " FROM publications WHERE lang = :lang AND status = 'published' AND published_at IS NOT NULL";
            // Two queries: SQLite answers a lone MIN() or MAX() from the index, but not both at once.
            Long first = h.createQuery("SELECT MIN(published_at)" + base).bind("lang", lang).mapTo(Long.class).one();
            Long last = h.createQuery("SELECT MAX(published_at)" + base).bind("lang", lang).mapTo(Long.class).one();
            if (first == null || last == null) {
                return Optional.<Instant[]>empty();
            }
            return Optional.of(new Instant[] {Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)});
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ArchiveFilter f, ZoneId zone) {
        statement.bind("lang", f.lang());
        f.type().ifPresent(t -> statement.bind("type", t.code()));
        f.range(zone).ifPresent(r -> statement.bind("from", r[0].toEpochMilli()).bind("to", r[1].toEpochMilli()));
        return statement;
    }
}
