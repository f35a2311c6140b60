package org.chancery.menu;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.validation.InvalidInput;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;
import org.chancery.web.RowCommand;

/**
 * {@code /admin/menu?lang=en}: administrators edit each language's navigation as rows of label
 * and address. Adding, removing and moving rows are form posts that show the form again (see
 * {@link RowCommand}); only the save button saves.
 */
public final class MenuHandler {
    static final String PATH = "/admin/menu";
    static final String ROWS = "items";

    private final MenuService menus;
    private final Auth auth;
    private final AdminPages pages;
    private final List<String> languages;

    public MenuHandler(MenuService menus, Auth auth, AdminPages pages, List<String> languages) {
        this.menus = menus;
        this.auth = auth;
        this.pages = pages;
        this.languages = List.copyOf(languages);
    }

    public void form(Context ctx) {
        String lang = lang(ctx.queryParam("lang"));
        show(ctx, HttpStatus.OK, new MenuFormPage(lang, languages, menus.stored(lang), Map.of(), false,
                ctx.queryParam("saved") != null));
    }

    public void save(Context ctx) {
        String lang = lang(ctx.formParam("lang"));
        List<MenuItem> rows = rows(ctx);
        Optional<RowCommand> command = RowCommand.of(ctx);
        if (command.isPresent()) {
            List<MenuItem> changed = command.get().apply(ROWS, rows, MenuItem::blank);
            show(ctx, HttpStatus.OK, new MenuFormPage(lang, languages, changed, Map.of(), true, false));
            return;
        }
        try {
            menus.replace(auth.user(ctx), lang, rows);
            ctx.redirect(PATH + "?lang=" + URLEncoder.encode(lang, StandardCharsets.UTF_8) + "&saved",
                    HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            var errors = FieldMessages.of(pages.localizer(), e.problems()).first();
            show(ctx, HttpStatus.UNPROCESSABLE_CONTENT, new MenuFormPage(lang, languages, rows, errors, true, false));
        }
    }

    /** The typed rows, {@code items[0].label}, {@code items[0].url}, ..., up to the first index missing. */
    private static List<MenuItem> rows(Context ctx) {
        List<MenuItem> rows = new ArrayList<>();
        for (int i = 0; ctx.formParam(ROWS + "[" + i + "].url") != null; i++) {
            rows.add(new MenuItem(ctx.formParam(ROWS + "[" + i + "].label"), ctx.formParam(ROWS + "[" + i + "].url")));
        }
        return rows;
    }

    private String lang(String requested) {
        if (requested == null || requested.isBlank()) {
            return languages.get(0);
        }
        if (!languages.contains(requested)) {
            throw HttpError.notFound();
        }
        return requested;
    }

    private void show(Context ctx, HttpStatus status, MenuFormPage page) {
        ctx.status(status);
        pages.render(ctx, "menu/edit.jte", page);
    }
}
