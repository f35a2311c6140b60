package org.chancery.publication;

import java.util.List;

/**
 * A publication's own page.
 *
 * @param withdrawal  the withdrawal notice shown at the top, or null
 * @param corrections the change notes, newest first
 * @param meta        what the page's head tells search engines and social networks, or null
 */
public record PublicationPage(Article article, Notice withdrawal, List<Notice> corrections, PageMetadata meta) {

    public PublicationPage {
        corrections = List.copyOf(corrections);
    }

    public PublicationPage(Article article, Notice withdrawal, List<Notice> corrections) {
        this(article, withdrawal, corrections, null);
    }

    public PublicationPage withMeta(PageMetadata metadata) {
        return new PublicationPage(article, withdrawal, corrections, metadata);
    }
}
