package org.chancery.editorial;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Writes the public corrections of publications; pages read them through PublicationReads. */
final class ChangeNoteRepository {

    void insert(Handle h, long publicationId, int revision, Instant at, String note) {
        h.createUpdate("INSERT INTO change_notes (publication_id, revision_number, noted_at, note)"
                        + " VALUES (:id, :revision, :at, :note)")
                .bind("id", publicationId)
                .bind("revision", revision)
                .bind("at", at.toEpochMilli())
                .bind("note", note)
                .execute();
    }
}
