package org.chancery.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.site.PublicPage;
import org.chancery.site.Shown;

/**
 * A publication's own page.
 *
 * @param withdrawal   the withdrawal notice shown at the top, or null
 * @param corrections  the change notes, newest first
 * @param translations its published translations by language, as paths
 * @param meta         what the page's head tells search engines and social networks, or null
 */
public record PublicationPage(Article article, Notice withdrawal, List<Notice> corrections,
        Map<String, String> translations, PageMetadata meta) implements PublicPage {

    public PublicationPage {
        corrections = List.copyOf(corrections);
        translations = Map.copyOf(translations);
    }

    public PublicationPage(Article article, Notice withdrawal, List<Notice> corrections,
            Map<String, String> translations) {
        this(article, withdrawal, corrections, translations, null);
    }

    public PublicationPage withMeta(PageMetadata metadata) {
        return new PublicationPage(article, withdrawal, corrections, translations, metadata);
    }

    @Override
    public String description() {
        return meta == null ? null : meta.description();
    }

    /**
     * The publications the page shows: itself and the series parts it links by title. Its
     * translations are found from the publication when they change ({@code PublicationReads.related}).
     */
    @Override
    public Shown shown() {
        List<Long> ids = new ArrayList<>();
        ids.add(article.publication().id());
        SeriesNav series = article.series();
        if (series != null && series.previous() != null) {
            ids.add(series.previous().id());
        }
        if (series != null && series.next() != null) {
            ids.add(series.next().id());
        }
        return Shown.publications(ids).withTranslations(translations);
    }
}
