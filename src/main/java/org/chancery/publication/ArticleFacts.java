package org.chancery.publication;

import java.time.Instant;

/**
 * The facts about a publication that its page's metadata states, every address absolute.
 *
 * @param description the lead, or the start of the body when there is none
 * @param section     the publication type's name in the page's language
 */
public record ArticleFacts(
        String url,
        String headline,
        String description,
        String lang,
        String section,
        Instant published,
        Instant modified,
        String siteName,
        String siteUrl) {
}
