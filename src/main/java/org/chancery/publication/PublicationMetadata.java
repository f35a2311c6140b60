package org.chancery.publication;

import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.chancery.content.BodyRenderer;
import org.chancery.content.Paths;
import org.chancery.web.BaseUrl;
import org.chancery.web.Localizer;
import org.jsoup.Jsoup;

/** Builds a publication page's {@link PageMetadata}: description, OpenGraph and Twitter tags, JSON-LD. */
public final class PublicationMetadata {
    private final BaseUrl baseUrl;
    private final Function<String, String> missionName;
    private final Function<String, Localizer> localizers;
    private final NewsArticleJsonLd jsonLd = new NewsArticleJsonLd();

    /** {@code missionName} gives the mission's name in a language, the publisher of that language's pages. */
    public PublicationMetadata(BaseUrl baseUrl, Function<String, String> missionName,
            Function<String, Localizer> localizers) {
        this.baseUrl = baseUrl;
        this.missionName = missionName;
        this.localizers = localizers;
    }

    public PageMetadata of(Article article) {
        ArticleFacts facts = facts(article);
        return new PageMetadata(facts.description(), OpenGraph.tags(facts), jsonLd.of(facts));
    }

    ArticleFacts facts(Article article) {
        Publication p = article.publication();
        String description = p.lead().isBlank()
                ? BodyRenderer.summarize(Jsoup.parseBodyFragment(article.body().html()).text())
                : p.lead().strip();
        return new ArticleFacts(baseUrl.absolute(article.path()), p.title(), description, p.lang(),
                localizers.apply(p.lang()).text(p.type().labelKey()), p.publishedAt().truncatedTo(ChronoUnit.SECONDS),
                p.updatedAt().truncatedTo(ChronoUnit.SECONDS),
                missionName.apply(p.lang()), baseUrl.absolute(Paths.home(p.lang())));
    }
}
