package org.chancery.publication;

import java.util.List;

/**
 * A publication's own page.
 *
 * @param withdrawal  the withdrawal notice shown at the top, or null
 * @param corrections the change notes, newest first
 */
public record PublicationPage(Article article, Notice withdrawal, List<Notice> corrections) {

    public PublicationPage {
        corrections = List.copyOf(corrections);
    }
}
