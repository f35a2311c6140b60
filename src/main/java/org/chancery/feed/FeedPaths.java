package org.chancery.feed;

import java.util.Optional;
import org.chancery.publication.PublicationType;

/**
 * Where the feeds are: {@code /en/feed.xml} (RSS) and {@code /en/atom.xml} (Atom) for every
 * publication, {@code /en/feed/interview.xml} and {@code /en/atom/interview.xml} for one type.
 */
public final class FeedPaths {
    private FeedPaths() {
    }

    public static String rss(String lang, Optional<PublicationType> type) {
        return type.map(t -> "/" + lang + "/feed/" + t.code() + ".xml").orElse("/" + lang + "/feed.xml");
    }

    public static String atom(String lang, Optional<PublicationType> type) {
        return type.map(t -> "/" + lang + "/atom/" + t.code() + ".xml").orElse("/" + lang + "/atom.xml");
    }

    /** The type named by a per-type feed's file name, {@code interview.xml}; empty for any other name. */
    public static Optional<PublicationType> typeOfFile(String file) {
        if (!file.endsWith(".xml")) {
            return Optional.empty();
        }
        return PublicationType.fromCode(file.substring(0, file.length() - ".xml".length()));
    }
}
