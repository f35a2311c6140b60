package org.chancery.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.Follower;
import org.chancery.web.Encodings;
import org.chancery.web.Representation;

/**
 * Public pages as rendered, kept in memory (compressed in each coding on offer) and answered
 * without running their handler, keyed by path and query (the language is the path's prefix;
 * public pages are the same for everyone, with or without a session).
 *
 * <p>A kept page is dropped exactly when what it {@link Shown shows} changes, as its record declares, as publishing events
 * say: an event about a publication drops the lists, the pages that show it, and the pages that
 * would now show it (its translations and its neighbours in a series, found by {@code related});
 * a static page's event drops that page; a menu or settings event drops everything. Every page
 * shows the masthead's clock, date and day counters, so each also expires at the next minute of
 * the site's clock. A page rendered while an event was being followed is not kept, so an event
 * never leaves an older copy behind. And a kept page is answered only while the site around it
 * (masthead settings, the language's menu) is still what it was rendered with, so a change of
 * them shows on the very next page even before, or without, its event.
 */
public final class PageCache implements Follower {
    /** What the cache may hold, in bytes of bodies and their compressed copies. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Clock clock;
    private final Encodings encodings;
    private final LongFunction<Set<Long>> related;
    private final Function<String, Object> site;
    private final boolean enabled;
    private final Cache<String, Kept> kept;
    private final AtomicLong invalidations = new AtomicLong();

    /** A page as kept: its bytes, its tags, the site around it and when its masthead goes out of date. */
    private record Kept(Representation page, Set<String> shows, Object site, Instant expires) {
    }

    /**
     * @param related the publications whose pages show a given publication beside themselves: its
     *                translations and its series neighbours, whatever their state
     * @param site    what every page of a language shows around its content (settings, menu), compared
     *                with {@code equals}; read from the services' own caches, so cheap
     */
    public PageCache(Clock clock, Encodings encodings, LongFunction<Set<Long>> related,
            Function<String, Object> site, boolean enabled) {
        this.clock = clock;
        this.encodings = encodings;
        this.related = related;
        this.site = site;
        this.enabled = enabled;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((String key, Kept k) -> k.page().weight() + key.length())
                .expireAfter(Expiry.creating((String key, Kept k) ->
                        java.time.Duration.between(clock.instant(), k.expires())))
                // expiry follows the site's clock, as the masthead does, not the machine's
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .recordStats()
                .build();
    }

    /** For the metrics: hits, misses, evictions. */
    public Cache<?, ?> cache() {
        return kept;
    }

    /** How many pages are kept now. */
    public long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    /**
     * The handler, answering from the cache when it can; otherwise it runs and a page that shows
     * something that may change (not a search) and answered 200 is kept. With the cache off, the handler itself.
     */
    public Handler cached(Handler handler) {
        if (!enabled) {
            return handler;
        }
        return ctx -> {
            String key = key(ctx);
            Object around = site.apply(language(ctx));
            Kept hit = kept.getIfPresent(key);
            if (hit != null && hit.site().equals(around)) {
                hit.page().send(ctx, Pages.cacheControl(clock.instant()), encodings);
                return;
            }
            long before = invalidations.get();
            Instant started = clock.instant();
            handler.handle(ctx);
            Pages.Rendered rendered = Pages.rendered(ctx);
            if (rendered != null && rendered.shown().kept() && ctx.statusCode() == 200
                    && invalidations.get() == before) {
                kept.put(key, new Kept(rendered.page().encodedAll(encodings), rendered.shown().tags(), around,
                        nextMinute(started)));
            }
        };
    }

    /** Drops the kept pages an event changes. */
    @Override
    public void follow(Event event) {
        invalidations.incrementAndGet();
        if (event.kind() == Kind.MENU || event.kind() == Kind.SETTINGS) {
            kept.invalidateAll();
            return;
        }
        if (event.kind() == Kind.PAGE) {
            // every static page: one shows the addresses of its translations, which a new, moved or deleted
            // page changes; there are a few dozen of them, rarely edited
            kept.asMap().values().removeIf(k -> k.shows().stream().anyMatch(tag -> tag.startsWith(Shown.PAGE)));
            return;
        }
        Set<String> changed = new HashSet<>();
        changed.add(Shown.LISTS);
        changed.add(Shown.publication(event.publicationId()));
        related.apply(event.publicationId()).forEach(id -> changed.add(Shown.publication(id)));
        kept.asMap().values().removeIf(k -> k.shows().stream().anyMatch(changed::contains));
    }

    /** Drops every kept page: for a node that may have missed changes (the change log was pruned past it). */
    @Override
    public void reset() {
        invalidations.incrementAndGet();
        kept.invalidateAll();
    }

    /** The language of a public page: its path's first segment. */
    private static String language(Context ctx) {
        String path = ctx.path();
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    static Instant nextMinute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    }

    /** The path and the query's parameters in order of name, so that {@code ?b=1&a=2} and {@code ?a=2&b=1} agree. */
    static String key(Context ctx) {
        Map<String, List<String>> query = new TreeMap<>(ctx.queryParamMap());
        return query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
    }
}
