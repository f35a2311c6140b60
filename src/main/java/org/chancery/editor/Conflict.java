package org.chancery.editor;

import java.time.Instant;
import java.util.List;
import org.chancery.editorial.DiffRow;
import org.chancery.publication.Status;

/**
 * Someone else saved (or moved) the publication after the form was begun: what they changed,
 * field by field, beside what the form holds now. Nothing of the form was saved.
 *
 * @param savedBy who saved the content last, or null
 * @param savedAt when, or null
 * @param body    their body (left) against the form's (right), line by line; empty when they left the body alone
 */
public record Conflict(long theirVersion, Status status, String savedBy, Instant savedAt, List<Change> changes,
        List<DiffRow> body) {

    public Conflict {
        changes = List.copyOf(changes);
        body = List.copyOf(body);
    }

    /** One field they changed: as it was when the form was begun, as they saved it, and as the form has it. */
    public record Change(String field, String before, String theirs, String yours) {
    }
}
