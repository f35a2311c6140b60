package org.chancery.editor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.chancery.publication.PublicationType;
import org.chancery.publication.Status;

/**
 * One publication in the editor's list.
 *
 * @param authorName  null when it has no author (the sample)
 * @param scheduledAt set while scheduled
 * @param groupLanguages the languages of this publication, its original and its translations, in any state
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
        boolean awaitingApproval,
        Set<String> groupLanguages) {

    public ListRow {
        groupLanguages = Set.copyOf(groupLanguages);
    }

    public ListRow(long id, String title, PublicationType type, String language, Status status, String authorName,
            Instant updatedAt, Instant scheduledAt, boolean awaitingApproval) {
        this(id, title, type, language, status, authorName, updatedAt, scheduledAt, awaitingApproval, Set.of(language));
    }

    /** The site's languages that neither this publication, its original nor its other translations are in. */
    public List<String> untranslated(List<String> languages) {
        return languages.stream().filter(l -> !groupLanguages.contains(l)).toList();
    }

    /** Where a translation of it is started. */
    public String translatePath() {
        return EditorPaths.translate(id);
    }

    public String editPath() {
        return EditorPaths.edit(id);
    }
}
