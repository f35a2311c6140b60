package org.chancery.editor;

import java.time.Instant;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;

/**
 * One publication in the editor's list.
 *
 * @param authorName  null when it has no author (the sample)
 * @param scheduledAt set while scheduled
 */
public record ListRow(
        long id,
        String title,
        PublicationType type,
        String language,
        Status status,
        String authorName,
        Instant updatedAt,
        Instant scheduledAt,
        boolean awaitingApproval) {

    public String editPath() {
        return EditorPaths.edit(id);
    }
}
