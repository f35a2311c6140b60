package org.chancery.feed;

import java.time.Instant;
import java.util.List;
import org.chancery.validation.ControlCharacters;

/**
 * A feed of the newest publications in one language, of all types or of one, ready to be
 * written as RSS ({@link RssFeed}) or Atom ({@link AtomFeed}). Its texts are stripped of the
 * characters XML cannot carry ({@link ControlCharacters}), so a title stored before they were
 * refused cannot stop the feed from being written.
 *
 * @param selfUrl  where the feed itself is (RSS and Atom each have their own)
 * @param pageUrl  the page that lists the same publications
 * @param author   the mission, which publishes everything in the feed
 * @param updated  when the newest change to an entry was made (or now, for an empty feed)
 */
public record Feed(
        String lang,
        String title,
        String description,
        String selfUrl,
        String pageUrl,
        String author,
        String authorUrl,
        Instant updated,
        List<FeedEntry> entries) {

    public Feed {
        title = ControlCharacters.strip(title);
        description = ControlCharacters.strip(description);
        selfUrl = ControlCharacters.strip(selfUrl);
        pageUrl = ControlCharacters.strip(pageUrl);
        author = ControlCharacters.strip(author);
        authorUrl = ControlCharacters.strip(authorUrl);
        entries = List.copyOf(entries);
    }
}
