package org.chancery.editorial;

import java.time.Instant;

/**
 * One saved revision as the history lists it.
 *
 * @param version      the publication's version that this save produced
 * @param authorId     who saved it; null for content that came without a user (the sample)
 * @param authorEmail  their e-mail address, or null
 * @param restoredFrom the revision whose content this save restored, or null
 */
public record RevisionSummary(
        int number,
        long version,
        Long authorId,
        String authorEmail,
        Instant at,
        String changeNote,
        boolean minor,
        Integer restoredFrom) {
}
