package org.chancery.archive;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.Follower;
import org.chancery.publication.PublicationService;
import org.chancery.publication.PublicationType;

/**
 * Pages of the archive. Counting the matches is the only part of a page view that grows with
 * the archive, so counts are kept briefly and dropped as soon as publications change.
 */
public final class ArchiveService implements Follower {
    public static final int PAGE_SIZE = 10;

    private final ArchiveQueries queries;
    private final PublicationService publications;
    private final Supplier<ZoneId> homeZone;
    private final Cache<ArchiveFilter, Long> counts = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).recordStats().build();
    private final Cache<String, List<Integer>> years = Caffeine.newBuilder()
            .maximumSize(16).expireAfterWrite(Duration.ofMinutes(1)).recordStats().build();

    public ArchiveService(ArchiveQueries queries, PublicationService publications, Supplier<ZoneId> homeZone) {
        this.queries = queries;
        this.publications = publications;
        this.homeZone = homeZone;
    }

    /**
     * Page {@code page} (from 1) under {@code filter}; empty when the page is past the end. In each
     * other language it is the same filter and page of that archive, at an address of the same
     * shape ({@code pathShaped}: {@code /en/news/page/2} rather than {@code /en/news?page=2}), where
     * that language has as many pages.
     */
    public Optional<ArchivePage> page(ArchiveFilter filter, int page, boolean pathShaped) {
        ZoneId zone = homeZone.get();
        long total = counts.get(filter, f -> queries.count(f, zone));
        int last = Pager.pagesFor(total, PAGE_SIZE);
        if (page > last) {
            return Optional.empty();
        }
        var items = queries.page(filter, zone, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(publications::listed)
                .toList();
        return Optional.of(new ArchivePage(filter, items, Pager.of(page, last), total,
                Arrays.asList(PublicationType.values()), years.get(filter.lang(), lang -> years(lang, zone)),
                other -> {
                    ArchiveFilter there = filter.in(other);
                    return page <= pages(there) ? there.href(page, pathShaped) : null;
                }));
    }

    /** How many pages the filter's matches fill; at least one, which shows that there are none. */
    private int pages(ArchiveFilter filter) {
        return Pager.pagesFor(counts.get(filter, f -> queries.count(f, homeZone.get())), PAGE_SIZE);
    }

    /** Every year from the first publication to the last, newest first. */
    private List<Integer> years(String lang, ZoneId zone) {
        return queries.span(lang).map(span -> {
            int first = year(span[0], zone);
            int last = year(span[1], zone);
            return IntStream.rangeClosed(first, last).map(y -> last - (y - first)).boxed().toList();
        }).orElse(List.of());
    }

    private static int year(Instant instant, ZoneId zone) {
        return instant.atZone(zone).getYear();
    }

    /** Forgets counts and years when publications change, or the settings (the home zone dates the years). */
    @Override
    public void follow(Event event) {
        if (event.aboutPublication() || event.kind() == Kind.SETTINGS) {
            reset();
        }
    }

    @Override
    public void reset() {
        counts.invalidateAll();
        years.invalidateAll();
    }

    /** The cached counts of matches, for the cache metrics. */
    public Cache<?, ?> countCache() {
        return counts;
    }

    /** The cached years that have publications, for the cache metrics. */
    public Cache<?, ?> yearCache() {
        return years;
    }
}
