package org.chancery.editorial;

import java.util.List;

/**
 * A save that named a version which is no longer the current one: somebody else saved (or
 * changed the state) in between. It carries what they changed, so nothing is overwritten
 * unseen: the client merges and saves again with {@code current().version()}.
 *
 * @see #changes()
 */
public final class VersionConflictException extends EditorialException {
    private final long expectedVersion;
    private final transient EditorialItem current;
    private final List<FieldChange> changes;

    VersionConflictException(long expectedVersion, EditorialItem current, List<FieldChange> changes) {
        super(Kind.VERSION, "this publication was changed by someone else: version " + expectedVersion
                + " was edited, the current version is " + current.version());
        this.expectedVersion = expectedVersion;
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public EditorialItem current() {
        return current;
    }

    /** The content fields changed since the edited version: from that version's value to the current one. */
    public List<FieldChange> changes() {
        return changes;
    }
}
