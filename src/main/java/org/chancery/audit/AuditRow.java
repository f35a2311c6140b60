package org.chancery.audit;

import java.time.Instant;

/**
 * An audit entry as the viewer lists it.
 *
 * @param actorName the acting user's name as it is now, or empty (the system, or no name given)
 */
public record AuditRow(long id, Instant at, String actor, String actorName, String action, String subject,
        String detail) {

    public AuditFilter.Position position() {
        return new AuditFilter.Position(at.toEpochMilli(), id);
    }
}
