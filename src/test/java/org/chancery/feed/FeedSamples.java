package org.chancery.feed;

import java.time.Instant;
import java.util.List;

/** Feeds to write in the writers' tests. */
final class FeedSamples {
    static final Instant PUBLISHED = Instant.parse("2020-04-29T15:00:00Z");
    static final Instant UPDATED = Instant.parse("2020-05-02T08:30:00Z");

    private FeedSamples() {
    }

    static Feed twoEntries() {
        FeedEntry tricky = new FeedEntry("https://embassy.example/en/news/2-q-a", "Q&A: <b>not bold</b> & \"quoted\"",
                "A lead with <angle> brackets & ampersands.",
                "<p>Body with <a href=\"https://embassy.example/en/news/1-x\" rel=\"nofollow noopener\">a link</a>.</p>",
                "comment", "Comment", List.of("consular", "visas"), UPDATED, UPDATED);
        FeedEntry plain = new FeedEntry("https://embassy.example/en/news/1-x", "Interview", "", "<p>Question.</p>",
                "interview", "Interview", List.of(), PUBLISHED, PUBLISHED);
        return new Feed("en", "Embassy: all publications", "Everything the embassy publishes.",
                "https://embassy.example/en/feed.xml", "https://embassy.example/en/news", "Embassy",
                "https://embassy.example/en/", UPDATED, List.of(tricky, plain));
    }
}
