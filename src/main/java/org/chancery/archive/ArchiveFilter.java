package org.chancery.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.chancery.content.Paths;
import org.chancery.publication.PublicationType;

/**
 * What the archive shows: one language, optionally one type and one year or month (of the
 * publication date in the home zone). {@code month} needs {@code year}.
 */
public record ArchiveFilter(String lang, Optional<PublicationType> type, Optional<Integer> year, Optional<Integer> month) {

    public ArchiveFilter {
        if (month.isPresent() && year.isEmpty()) {
            throw new IllegalArgumentException("a month needs a year");
        }
    }

    public static ArchiveFilter all(String lang) {
        return new ArchiveFilter(lang, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The half-open range of instants [from, to) the period covers, if one is set. */
    public Optional<Instant[]> range(ZoneId zone) {
        return year.map(y -> {
            LocalDate from = LocalDate.of(y, month.orElse(1), 1);
            LocalDate to = month.isPresent() ? from.plusMonths(1) : from.plusYears(1);
            return new Instant[] {from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant()};
        });
    }

    /** The filter as a query string ("type=interview&year=2020"), without the page. */
    public String query() {
        StringBuilder q = new StringBuilder();
        type.ifPresent(t -> q.append("&type=").append(t.code()));
        year.ifPresent(y -> q.append("&year=").append(y));
        month.ifPresent(m -> q.append("&month=").append(m));
        return q.length() == 0 ? "" : q.substring(1);
    }

    /** The same filter on another language's archive. */
    public ArchiveFilter in(String other) {
        return new ArchiveFilter(other, type, year, month);
    }

    /**
     * The address of page {@code n} under this filter: shaped like a path
     * ({@code /en/news/type/interview/page/2}) when {@code pathShaped} and no year is chosen, else
     * with a query ({@code /en/news?type=interview&page=2}).
     */
    public String href(int n, boolean pathShaped) {
        String base = Paths.archive(lang);
        if (pathShaped && year.isEmpty()) {
            String typed = type.map(t -> base + "/type/" + t.code()).orElse(base);
            return n > 1 ? typed + "/page/" + n : typed;
        }
        String query = query(n);
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** The filter and page {@code n} as a query string ("type=interview&page=2"); the first page is left out. */
    public String query(int n) {
        String q = query();
        return n <= 1 ? q : q.isEmpty() ? "page=" + n : q + "&page=" + n;
    }
}
