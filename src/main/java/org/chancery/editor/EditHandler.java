package org.chancery.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.chancery.account.User;
import org.chancery.admin.Auth;
import org.chancery.editorial.ContentInput;
import org.chancery.editorial.EditorialException;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialService;
import org.chancery.editorial.VersionConflictException;
import org.chancery.validation.InvalidInput;
import org.chancery.web.HttpError;

/**
 * Writing a publication: {@code /admin/publications/new} and {@code /admin/publications/{id}/edit}
 * show the form; posting it creates or saves. A refused save shows the form again as typed.
 */
public final class EditHandler {
    private final EditorialService editorial;
    private final EditPages pages;
    private final Auth auth;

    public EditHandler(EditorialService editorial, EditPages pages, Auth auth) {
        this.editorial = editorial;
        this.pages = pages;
        this.auth = auth;
    }

    public void blank(Context ctx) {
        pages.show(ctx, 200, pages.blank());
    }

    public void edit(Context ctx) {
        EditorialItem item = pages.item(EditorParams.id(ctx));
        EditPage page = pages.of(auth.user(ctx), item).withPreview(pages.preview(EditorForm.of(item), item));
        EditPage shown = Optional.ofNullable(ctx.queryParam("done")).flatMap(EditorStep::fromCode)
                .map(step -> page.withNotice(new EditPage.Notice(pages.t().text(step.doneKey()), false)))
                .orElse(page);
        pages.show(ctx, 200, shown);
    }

    public void create(Context ctx) {
        EditorForm form = EditorForm.read(ctx::formParam);
        try {
            EditorialItem item = editorial.create(auth.user(ctx), form.input());
            done(ctx, item.id(), EditorStep.CREATE);
        } catch (EditorialException | InvalidInput e) {
            pages.refused(ctx, pages.blank().withForm(form, 0), e, EditorStep.CREATE);
        }
    }

    public void save(Context ctx) {
        User user = auth.user(ctx);
        long id = EditorParams.id(ctx);
        long version = EditorParams.version(ctx);
        EditorForm form = EditorForm.read(ctx::formParam);
        try {
            editorial.update(user, id, version, form.input(), form.note());
            done(ctx, id, EditorStep.SAVE);
        } catch (VersionConflictException e) {
            pages.refused(ctx, pages.conflict(user, e, form), e, EditorStep.SAVE);
        } catch (EditorialException | InvalidInput e) {
            pages.refused(ctx, pages.of(user, pages.item(id)).withForm(form, version), e, EditorStep.SAVE);
        }
    }

    /**
     * Starts a translation of a publication: a draft in the posted language, prefilled with the
     * original's content to be translated, and linked to the original's group.
     */
    public void translate(Context ctx) {
        long id = EditorParams.id(ctx);
        EditorialItem original = pages.item(id);
        String lang = ctx.formParam("lang");
        if (lang == null || lang.equals(original.content().lang())) {
            throw HttpError.badRequest("form.error.lang");
        }
        ContentInput from = EditorForm.of(original).input();
        ContentInput input = new ContentInput(from.type(), lang, from.title(), from.lead(), from.body(), from.place(),
                from.eventDate(), false, from.speakers(), from.tags(), from.seriesKey(), from.seriesPart());
        try {
            EditorialItem draft = editorial.createTranslation(auth.user(ctx), input, id);
            done(ctx, draft.id(), EditorStep.CREATE);
        } catch (EditorialException | InvalidInput e) {
            throw HttpError.badRequest("form.error.lang");
        }
    }

    /** After a step is done the browser is sent to the page as it now is, so a reload repeats nothing. */
    static void done(Context ctx, long id, EditorStep step) {
        ctx.redirect(EditorPaths.edit(id) + "?done=" + step.code(), HttpStatus.SEE_OTHER);
    }
}
