package org.chancery.editor;

import java.time.ZoneId;
import java.util.List;
import org.chancery.editorial.EditNote;
import org.chancery.editorial.RevisionDiff;
import org.chancery.editorial.RevisionSummary;
import org.chancery.web.FieldMessages;

/**
 * A publication's history ({@code editor/revisions.jte}): every saved revision, newest first,
 * two of them side by side when asked for, and a restore form on each.
 *
 * @param version      the current version, which a restore names
 * @param canRestore   whether the user may edit the publication, and so restore
 * @param asksForNote  readers can see it, so a restore needs a change note or the minor mark
 * @param diff         the comparison asked for, or null
 * @param restoring    the revision whose restore was just refused (its form shows why), or 0
 * @param note         what was typed in that restore form
 */
public record RevisionsPage(
        long id,
        String title,
        long version,
        boolean canRestore,
        boolean asksForNote,
        List<RevisionSummary> revisions,
        RevisionDiff diff,
        ZoneId zone,
        EditPage.Notice notice,
        int restoring,
        EditNote note,
        FieldMessages errors) {

    public RevisionsPage {
        revisions = List.copyOf(revisions);
    }

    public String editPath() {
        return EditorPaths.edit(id);
    }

    public String path() {
        return EditorPaths.revisions(id);
    }

    public String restorePath(int number) {
        return EditorPaths.restore(id, number);
    }

    /** Compares a revision with the one before it; the first with itself. */
    public String comparePath(int number) {
        return EditorPaths.compare(id, Math.max(1, number - 1), number);
    }

    public boolean isLatest(RevisionSummary r) {
        return !revisions.isEmpty() && revisions.get(0).number() == r.number();
    }
}
