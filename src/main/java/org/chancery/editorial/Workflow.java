package org.chancery.editorial;

import java.time.Instant;

/**
 * Where a publication stands beyond its content: the version every save must name, who wrote
 * and who submitted it, its schedule, withdrawal, replacement and force-publish record.
 *
 * @param authorId       null for items that came from the sample or an import
 * @param submittedBy    whoever last submitted it for review; they cannot also publish it
 * @param scheduledAt    when the scheduler publishes it; set only while {@code SCHEDULED}
 * @param withdrawal     set while withdrawn
 * @param replacementUrl where an unpublished item's address redirects; null answers 410 Gone
 * @param forcePublish   set when it was published without a second person's review
 */
public record Workflow(
        long version,
        Long authorId,
        Long submittedBy,
        Instant scheduledAt,
        Withdrawal withdrawal,
        String replacementUrl,
        ForcePublish forcePublish) {

    /** Why and when a publication was withdrawn; its page stays with this notice. */
    public record Withdrawal(Instant at, String reason) {
    }

    /**
     * A publication published without review: by whom and why. It stays flagged until another
     * editor approves it ({@code approvedBy} is then set).
     */
    public record ForcePublish(String reason, long by, Long approvedBy) {
        public boolean awaitingApproval() {
            return approvedBy == null;
        }
    }

    public static Workflow newDraft(Long authorId) {
        return new Workflow(1, authorId, null, null, null, null, null);
    }

    Workflow next() {
        return new Workflow(version + 1, authorId, submittedBy, scheduledAt, withdrawal, replacementUrl, forcePublish);
    }

    Workflow submittedBy(long userId) {
        return new Workflow(version, authorId, userId, scheduledAt, withdrawal, replacementUrl, forcePublish);
    }

    Workflow scheduledAt(Instant at) {
        return new Workflow(version, authorId, submittedBy, at, withdrawal, replacementUrl, forcePublish);
    }

    Workflow withdrawn(Withdrawal w) {
        return new Workflow(version, authorId, submittedBy, scheduledAt, w, replacementUrl, forcePublish);
    }

    Workflow replacedBy(String url) {
        return new Workflow(version, authorId, submittedBy, scheduledAt, withdrawal, url, forcePublish);
    }

    Workflow forced(ForcePublish f) {
        return new Workflow(version, authorId, submittedBy, scheduledAt, withdrawal, replacementUrl, f);
    }
}
