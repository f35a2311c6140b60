package org.chancery.editor;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.chancery.account.User;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.editorial.EditNote;
import org.chancery.editorial.EditorialAction;
import org.chancery.editorial.EditorialException;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.editorial.RevisionDiff;
import org.chancery.editorial.RevisionSummary;
import org.chancery.validation.InvalidInput;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;

/**
 * {@code /admin/publications/{id}/revisions[?from=&to=]}: the history of a publication, two
 * revisions side by side, and restoring one (which saves its content as a new revision).
 */
public final class RevisionsHandler {
    private final EditorialService editorial;
    private final EditorialReads reads;
    private final EditPages pages;
    private final AdminPages admin;
    private final Auth auth;
    private final Supplier<ZoneId> homeZone;

    public RevisionsHandler(EditorialService editorial, EditorialReads reads, EditPages pages, AdminPages admin, Auth auth,
            Supplier<ZoneId> homeZone) {
        this.editorial = editorial;
        this.reads = reads;
        this.pages = pages;
        this.admin = admin;
        this.auth = auth;
        this.homeZone = homeZone;
    }

    public void index(Context ctx) {
        long id = EditorParams.id(ctx);
        EditorialItem item = pages.item(id);
        RevisionDiff diff = null;
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        if (from != null || to != null) {
            try {
                diff = reads.diff(id, number("from", from), number("to", to));
            } catch (EditorialException e) {
                throw HttpError.notFound();
            }
        }
        show(ctx, 200, page(auth.user(ctx), item, diff, null, 0, EditNote.none(), FieldMessages.none()));
    }

    public void restore(Context ctx) {
        User user = auth.user(ctx);
        long id = EditorParams.id(ctx);
        int number = EditorParams.revision(ctx);
        long version = EditorParams.version(ctx);
        EditNote note = new EditNote(ctx.formParam("changeNote"), ctx.formParam("minor") != null);
        try {
            editorial.restore(user, id, version, number, note);
            EditHandler.done(ctx, id, EditorStep.RESTORE);
        } catch (EditorialException | InvalidInput e) {
            EditorialItem item = pages.item(id);
            Refusal refusal = Refusal.of(admin.localizer(), e, EditorStep.RESTORE, item.status());
            FieldMessages errors = e instanceof InvalidInput invalid
                    ? FieldMessages.of(admin.localizer(), invalid.problems()) : FieldMessages.none();
            show(ctx, refusal.status(), page(user, item, null, new EditPage.Notice(refusal.message(), true), number,
                    note, errors));
        }
    }

    private RevisionsPage page(User user, EditorialItem item, RevisionDiff diff, EditPage.Notice notice,
            int restoring, EditNote note, FieldMessages errors) {
        List<RevisionSummary> newestFirst = new ArrayList<>(reads.revisions(item.id()));
        Collections.reverse(newestFirst);
        return new RevisionsPage(item.id(), item.publication().title(), item.version(),
                editorial.allowed(user, item).contains(EditorialAction.EDIT), item.isPublic(), newestFirst, diff,
                homeZone.get(), notice, restoring, note, errors);
    }

    private void show(Context ctx, int status, RevisionsPage page) {
        ctx.status(status);
        admin.render(ctx, "editor/revisions.jte", page);
    }

    private static int number(String name, String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,8}")) {
            throw HttpError.badRequest("error.archive.badNumber", name, String.valueOf(text));
        }
        return Integer.parseInt(text.strip());
    }
}
