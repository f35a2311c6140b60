package org.chancery.page;

import java.util.Optional;

/**
 * A save or deletion that named a version which is no longer the page's: someone else saved or
 * deleted it in between. It carries the page as it is now (empty when deleted), so the form can
 * show it beside what was typed and nothing is overwritten unseen.
 */
public final class PageConflictException extends RuntimeException {
    private final transient StaticPage current;

    PageConflictException(long id, long expectedVersion, StaticPage current) {
        super("page " + id + " is no longer at version " + expectedVersion);
        this.current = current;
    }

    public Optional<StaticPage> current() {
        return Optional.ofNullable(current);
    }
}
