package org.chancery.feed;

import java.time.Instant;
import java.util.List;
import org.chancery.validation.ControlCharacters;

/**
 * One publication in a feed, every link in it absolute, its texts stripped of the characters XML
 * cannot carry ({@link ControlCharacters}), whatever is stored.
 *
 * @param url       the publication's permanent address, which is also its id
 * @param summary   the lead, plain text; may be empty
 * @param html      the sanitized body, links made absolute
 * @param typeCode  the publication type's code; {@code typeLabel} its name in the feed's language
 */
public record FeedEntry(
        String url,
        String title,
        String summary,
        String html,
        String typeCode,
        String typeLabel,
        List<String> tags,
        Instant published,
        Instant updated) {

    public FeedEntry {
        url = ControlCharacters.strip(url);
        title = ControlCharacters.strip(title);
        summary = ControlCharacters.strip(summary);
        html = ControlCharacters.strip(html);
        typeLabel = ControlCharacters.strip(typeLabel);
        tags = tags.stream().map(ControlCharacters::strip).toList();
    }
}
