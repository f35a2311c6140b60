package org.chancery.support;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeLog;
import org.chancery.db.Database;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.publication.Publication;

/**
 * Publications exactly as a test gives them (any state, any times), written the way every
 * publication is, through {@link EditorialService#load}, and read back whole. A running site hears
 * of them from the change log, as of a change made on another node.
 */
public final class StoredPublications {
    private final EditorialService editorial;
    private final EditorialReads reads;

    public StoredPublications(Database db) {
        this.editorial = writer(db, Clock.fixed(TestSite.SEED_INSTANT, ZoneOffset.UTC));
        this.reads = new EditorialReads(db.jdbi());
    }

    /** An editorial service of its own, whose change log no one here follows, for loading publications. */
    public static EditorialService writer(Database db, Clock clock) {
        var changes = new ChangeLog(db.jdbi(), db.dialect(), new ChangeEvents());
        return new EditorialService(db.jdbi(), new AuditLog(db.jdbi()), changes, Set.of("en", "ru"), clock);
    }

    /** Stores a publication that has no id yet; returns its id. */
    public long insert(Publication p) {
        return editorial.load(p, null);
    }

    public Optional<Publication> find(long id) {
        return reads.find(id).map(EditorialItem::publication);
    }
}
