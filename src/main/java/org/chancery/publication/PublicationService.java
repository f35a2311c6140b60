package org.chancery.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.chancery.content.BodyRenderer;
import org.chancery.content.Paths;
import org.chancery.content.RenderedBody;

/** Published publications as readers see them, with dates in the mission's home zone. */
public final class PublicationService {
    private final PublicationReads reads;
    private final BodyRenderer renderer;
    private final Supplier<ZoneId> homeZone;
    /**
     * Rendering a long transcript costs far more than reading it. Keyed by what the rendering reads,
     * not by the time of the last update: two saves within one millisecond of a node's clock, or
     * by nodes whose clocks disagree, would otherwise keep the older body.
     */
    private final Cache<BodySource, RenderedBody> bodies = Caffeine.newBuilder().maximumSize(2_000).recordStats()
            .build();

    private record BodySource(String body, List<String> speakers) {
    }

    public PublicationService(PublicationReads reads, BodyRenderer renderer, Supplier<ZoneId> homeZone) {
        this.reads = reads;
        this.renderer = renderer;
        this.homeZone = homeZone;
    }

    /** The cache of rendered bodies, for its hit ratio in the metrics. */
    public Cache<?, ?> bodyCache() {
        return bodies;
    }

    /** The page at a publication's address, or word that it is gone; empty when there is none. */
    public Optional<PublicAddress> atAddress(long id) {
        return reads.atAddress(id).map(found -> {
            if (found.publication().status() == Status.UNPUBLISHED) {
                return new PublicAddress.Gone(Optional.ofNullable(found.replacementUrl()));
            }
            Notice withdrawal = found.withdrawnAt() == null ? null
                    : new Notice(dateOf(found.withdrawnAt()), found.withdrawalReason());
            List<Notice> corrections = reads.changeNotes(id).stream()
                    .map(n -> new Notice(dateOf(n.at()), n.text()))
                    .toList();
            return new PublicAddress.Shown(new PublicationPage(article(found.publication()), withdrawal, corrections,
                    reads.translations(id)));
        });
    }


    public Optional<Article> featured(String lang) {
        return reads.featured(lang).map(this::article);
    }

    public List<ListedItem> latest(String lang, int limit, long exceptId) {
        return reads.latest(lang, limit, exceptId).stream().map(this::listed).toList();
    }

    public ListedItem listed(PublicationSummary s) {
        return new ListedItem(s, dateOf(s.publishedAt()));
    }

    /**
     * A publication as its page would show it, rendered afresh (nothing is cached, as nothing is
     * saved): for the editor's preview. One not yet published is dated {@code shownAt}; one not
     * yet saved, without an address, links to the archive.
     */
    public Article preview(Publication p, Instant shownAt) {
        String path = p.id() == null ? Paths.archive(p.lang()) : Paths.publication(p.lang(), p.id(), p.slug());
        Instant date = p.publishedAt() == null ? shownAt : p.publishedAt();
        return new Article(p, path, dateOf(date), renderer.render(p.body(), p.speakers()), series(p));
    }

    private Article article(Publication p) {
        RenderedBody body = bodies.get(new BodySource(p.body(), p.speakers()),
                k -> renderer.render(k.body(), k.speakers()));
        return new Article(p, Paths.publication(p.lang(), p.id(), p.slug()), dateOf(p.publishedAt()), body, series(p));
    }

    private SeriesNav series(Publication p) {
        if (p.series() == null) {
            return null;
        }
        SeriesPart s = p.series();
        Map<Integer, PublicationSummary> neighbours = reads.seriesNeighbours(p.lang(), s.key(), s.part());
        return new SeriesNav(s.part(), neighbours.get(s.part() - 1), neighbours.get(s.part() + 1));
    }

    private LocalDate dateOf(Instant instant) {
        return instant.atZone(homeZone.get()).toLocalDate();
    }
}
