package org.chancery.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which subject, and when.
 *
 * @param actorId the user, or null when the system acted (the scheduler)
 * @param actor   the user's e-mail address at the time, or the system's name
 * @param subject what was acted on, such as {@code publication:42} or {@code user:7}
 * @param detail  free text: a reason, a time, a replacement address; may be empty
 */
public record AuditEntry(Instant at, Long actorId, String actor, String action, String subject, String detail) {

    public AuditEntry {
        detail = detail == null ? "" : detail;
    }
}
