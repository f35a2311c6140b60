package org.chancery.cli;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.db.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * Records what a command changes in the audit log, with {@code cli} as the actor. The change and
 * its entry run in one transaction: the account services called inside it share its handle.
 */
final class CommandAudit {
    static final String ACTOR = "cli";

    private final Jdbi jdbi;
    private final AuditLog log;
    private final Clock clock;

    CommandAudit(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.log = new AuditLog(db.jdbi());
        this.clock = clock;
    }

    /** Makes the change and records {@code action} on the subject and with the detail it names. */
    <T> T record(String action, Supplier<T> change, Function<T, String> subject, Function<T, String> detail) {
        return jdbi.inTransaction(h -> {
            T changed = change.get();
            log.record(h, new AuditEntry(clock.instant(), null, ACTOR, action, subject.apply(changed),
                    detail.apply(changed)));
            return changed;
        });
    }
}
