package org.chancery.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.Follower;
import org.chancery.content.BodyRenderer;
import org.chancery.content.Paths;
import org.chancery.publication.PublicationType;
import org.chancery.web.BaseUrl;
import org.chancery.web.HtmlLinks;
import org.chancery.web.Localizer;

/**
 * The feeds: the {@value #SIZE} newest publications of a language, of every type or of one, as
 * RSS and as Atom, titled with the mission's name in the feed's language. A feed is written once
 * and kept until a publication changes.
 */
public final class FeedService implements Follower {
    public static final int SIZE = 20;

    private final FeedQueries queries;
    private final BodyRenderer renderer;
    private final BaseUrl baseUrl;
    private final Function<String, Localizer> localizers;
    private final Function<String, String> missionName;
    private final Clock clock;
    private final RssFeed rss = new RssFeed();
    private final AtomFeed atom = new AtomFeed();
    private final Cache<String, String> written = Caffeine.newBuilder()
            .maximumSize(200).expireAfterWrite(Duration.ofHours(1)).recordStats().build();

    public FeedService(FeedQueries queries, BodyRenderer renderer, BaseUrl baseUrl,
            Function<String, Localizer> localizers, Function<String, String> missionName, Clock clock) {
        this.queries = queries;
        this.renderer = renderer;
        this.baseUrl = baseUrl;
        this.localizers = localizers;
        this.missionName = missionName;
        this.clock = clock;
    }

    public String rss(String lang, Optional<PublicationType> type) {
        return written.get("rss:" + lang + ":" + type.map(PublicationType::code).orElse(""),
                k -> rss.write(feed(lang, type, FeedPaths.rss(lang, type))));
    }

    public String atom(String lang, Optional<PublicationType> type) {
        return written.get("atom:" + lang + ":" + type.map(PublicationType::code).orElse(""),
                k -> atom.write(feed(lang, type, FeedPaths.atom(lang, type))));
    }

    /** Forgets the written feeds when publications change, or the settings (feeds carry the mission's name). */
    @Override
    public void follow(Event event) {
        if (event.aboutPublication() || event.kind() == Kind.SETTINGS) {
            reset();
        }
    }

    @Override
    public void reset() {
        written.invalidateAll();
    }

    /** The written feeds, for the cache metrics. */
    public Cache<?, ?> cache() {
        return written;
    }

    Feed feed(String lang, Optional<PublicationType> type, String selfPath) {
        Localizer t = localizers.apply(lang);
        String mission = missionName.apply(lang);
        List<FeedEntry> entries = queries.newest(lang, type, SIZE).stream().map(row -> entry(row, t)).toList();
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder())
                .orElseGet(clock::instant);
        String title = type.map(ty -> t.text("feed.title.type", mission, t.text(ty.labelKey())))
                .orElseGet(() -> t.text("feed.title.all", mission));
        // the archive's one address for the type, the one its pages name as canonical
        String page = Paths.archive(lang) + type.map(ty -> "/type/" + ty.code()).orElse("");
        return new Feed(lang, title, t.text("feed.description", mission), baseUrl.absolute(selfPath),
                baseUrl.absolute(page), mission, baseUrl.absolute(Paths.home(lang)), updated, entries);
    }

    private FeedEntry entry(FeedQueries.Row row, Localizer t) {
        String url = baseUrl.absolute(Paths.publication(row.lang(), row.id(), row.slug()));
        String html = HtmlLinks.absolute(renderer.render(row.body(), row.speakers()).html(), url);
        return new FeedEntry(url, row.title(), row.lead(), html, row.type().code(), t.text(row.type().labelKey()),
                row.tags(), row.publishedAt(), row.updatedAt());
    }
}
