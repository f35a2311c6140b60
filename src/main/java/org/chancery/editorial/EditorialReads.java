package org.chancery.editorial;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What the press office reads: a publication in any state with its workflow, its revisions and
 * comparisons between them. Nothing here changes anything.
 */
public final class EditorialReads {
    private final Jdbi jdbi;
    private final EditorialRepository items = new EditorialRepository();
    private final RevisionRepository revisions = new RevisionRepository();

    public EditorialReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<EditorialItem> find(long id) {
        return jdbi.withHandle(h -> items.find(h, id));
    }

    /** Whether there is no publication at all, in any state. */
    public boolean noPublications() {
        return jdbi.withHandle(items::none);
    }

    /** The revisions of a publication, oldest first. */
    public List<RevisionSummary> revisions(long id) {
        return jdbi.withHandle(h -> {
            if (items.find(h, id).isEmpty()) {
                throw EditorialException.notFound("there is no publication " + id);
            }
            return revisions.list(h, id);
        });
    }

    public Revision revision(long id, int number) {
        return jdbi.withHandle(h -> revisions.find(h, id, number)).orElseThrow(() -> EditorialException.notFound(
                "publication " + id + " has no revision " + number));
    }

    /** Two texts side by side, line by line, as revisions are compared: for a conflict, theirs and yours. */
    public List<DiffRow> compareLines(String left, String right) {
        return Comparison.rows(left, right);
    }

    /** Revision {@code from} and revision {@code to} side by side. */
    public RevisionDiff diff(long id, int from, int to) {
        return Comparison.diff(revision(id, from), revision(id, to));
    }
}
