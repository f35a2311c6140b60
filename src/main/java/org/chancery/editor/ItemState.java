package org.chancery.editor;

import java.time.Instant;
import org.chancery.publication.Status;

/**
 * Where a publication stands, as the editor shows it above the form.
 *
 * @param publicPath   its address on the site, once readers can see it; else null
 * @param authorName   who wrote it, or null (the sample)
 * @param scheduledAt  set while scheduled
 * @param force        set once force-published
 * @param withdrawnAt  set while withdrawn, with {@code withdrawalReason}
 * @param replacement  where the address of an unpublished publication sends readers, or null
 */
public record ItemState(
        Status status,
        String publicPath,
        String authorName,
        Instant updatedAt,
        Instant publishedAt,
        Instant scheduledAt,
        Force force,
        Instant withdrawnAt,
        String withdrawalReason,
        String replacement) {

    /** A force-publish: why, by whom, and who approved it (null while it awaits approval). */
    public record Force(String reason, String byName, String approvedByName, boolean awaitingApproval) {
    }

    public boolean isPublic() {
        return status == Status.PUBLISHED || status == Status.WITHDRAWN;
    }

    public boolean awaitingApproval() {
        return force != null && force.awaitingApproval();
    }
}
