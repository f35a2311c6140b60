package org.chancery.change;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever keeps copies of what readers see (the archive's counts, later the page cache,
 * the search index and feeds) that a publication changed for readers. Events are sent in
 * process, after the change has committed, on the thread that made it.
 */
public final class ChangeEvents {
    private static final Logger log = LoggerFactory.getLogger(ChangeEvents.class);

    /** What happened to a publication, as readers see it. */
    public enum Kind {
        PUBLISHED,
        /** Its content changed while readers can see it. */
        UPDATED,
        WITHDRAWN,
        UNPUBLISHED,
        /** A static page was created, edited or deleted; the id is the page's. */
        PAGE,
        /** The navigation menu of some language changed; the id is 0. */
        MENU,
        /** A site setting (masthead, mission name, translations of settings) changed; the id is 0. */
        SETTINGS;

        /** Whether the event is about a publication, rather than the site around them. */
        public boolean aboutPublication() {
            return ordinal() <= UNPUBLISHED.ordinal();
        }
    }

    /**
     * @param publicationId the publication's id for the publication kinds; the page's id for
     *                      {@link Kind#PAGE}; 0 for {@link Kind#MENU} and {@link Kind#SETTINGS}
     */
    public record Event(Kind kind, long publicationId, Instant at) {
        public boolean aboutPublication() {
            return kind.aboutPublication();
        }
    }

    private final List<Follower> followers = new CopyOnWriteArrayList<>();

    public void subscribe(Follower follower) {
        followers.add(follower);
    }

    /** Tells every follower; one that fails is logged and the others still hear of it. */
    public void emit(Event event) {
        for (Follower follower : followers) {
            try {
                follower.follow(event);
            } catch (RuntimeException e) {
                log.error("a follower failed on {}", event, e);
            }
        }
    }

    /** Resets every follower, after this node missed events it cannot name; one that fails is logged. */
    public void reset() {
        for (Follower follower : followers) {
            try {
                follower.reset();
            } catch (RuntimeException e) {
                log.error("a follower failed to reset", e);
            }
        }
    }
}
