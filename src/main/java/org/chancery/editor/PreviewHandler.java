package org.chancery.editor;

import io.javalin.http.Context;
import org.chancery.account.User;
import org.chancery.admin.Auth;
import org.chancery.editorial.EditorialItem;
import org.chancery.web.PathParams;

/**
 * {@code POST /admin/publications/preview}: the form's content as readers would see it, saving
 * nothing. The form's Preview button gets the editor page again, as typed, with the preview
 * beside it (no script needed); the editor's script asks with {@code X-Preview: fragment} and
 * gets the article alone, to refresh the preview while the author types.
 */
public final class PreviewHandler {
    static final String FRAGMENT_HEADER = "X-Preview";

    private final EditPages pages;
    private final Auth auth;

    public PreviewHandler(EditPages pages, Auth auth) {
        this.pages = pages;
        this.auth = auth;
    }

    public void preview(Context ctx) {
        User user = auth.user(ctx);
        EditorForm form = EditorForm.read(ctx::formParam);
        String id = ctx.formParam("id");
        EditorialItem saved = id == null || id.isBlank() ? null
                : pages.item(PathParams.id(id.strip()).orElse(0L));
        Preview preview = pages.preview(form, saved);
        if ("fragment".equals(ctx.header(FRAGMENT_HEADER))) {
            pages.fragment(ctx, preview);
            return;
        }
        EditPage page = saved == null ? pages.blank().withForm(form, 0)
                : pages.of(user, saved).withForm(form, EditorParams.version(ctx));
        pages.show(ctx, 200, page.withPreview(preview));
    }
}
