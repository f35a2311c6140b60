package org.chancery.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chancery.validation.InvalidInput;
import org.chancery.web.AdminPages;
import org.chancery.web.Auth;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;

/**
 * {@code /admin/pages}: editors list, create, edit and delete static pages. A refused save shows
 * the form again with everything typed; a save over someone else's shows both versions (409).
 */
public final class PagesAdminHandler {
    static final String BASE = "/admin/pages";

    private final PageService service;
    private final Auth auth;
    private final AdminPages pages;
    private final List<String> languages;
    private final Supplier<ZoneId> homeZone;

    public PagesAdminHandler(PageService service, Auth auth, AdminPages pages, List<String> languages,
            Supplier<ZoneId> homeZone) {
        this.service = service;
        this.auth = auth;
        this.pages = pages;
        this.languages = List.copyOf(languages);
        this.homeZone = homeZone;
    }

    public void index(Context ctx) {
        var rows = service.list().stream().map(p -> new PagesListPage.Row(p, local(p.updatedAt()))).toList();
        pages.render(ctx, "page/list.jte", new PagesListPage(rows, ctx.queryParam("deleted") != null));
    }

    public void newForm(Context ctx) {
        var blank = new PageInput(languages.get(0), "", "", "");
        form(ctx, HttpStatus.OK, new PageFormPage(null, 0, blank, languages, Map.of(), false, null));
    }

    public void edit(Context ctx) {
        StaticPage page = service.find(id(ctx)).orElseThrow(HttpError::notFound);
        var form = new PageFormPage(page.id(), page.version(), PageInput.of(page), languages, Map.of(),
                ctx.queryParam("saved") != null, null);
        form(ctx, HttpStatus.OK, form);
    }

    public void create(Context ctx) {
        PageInput input = input(ctx);
        try {
            StaticPage created = service.create(auth.user(ctx), input);
            ctx.redirect(BASE + "/" + created.id() + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            refused(ctx, new PageFormPage(null, 0, input, languages, Map.of(), false, null), e);
        }
    }

    public void update(Context ctx) {
        long id = id(ctx);
        long version = version(ctx);
        PageInput input = input(ctx);
        try {
            service.update(auth.user(ctx), id, version, input);
            ctx.redirect(BASE + "/" + id + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            refused(ctx, new PageFormPage(id, version, input, languages, Map.of(), false, null), e);
        } catch (PageConflictException e) {
            StaticPage current = e.current().orElse(null);
            var conflict = new PageFormPage.Conflict(current, current == null ? null : local(current.updatedAt()));
            var form = current == null
                    ? new PageFormPage(null, 0, input, languages, Map.of(), false, conflict)
                    : new PageFormPage(id, current.version(), input, languages, Map.of(), false, conflict);
            form(ctx, HttpStatus.CONFLICT, form);
        }
    }

    public void confirmDelete(Context ctx) {
        StaticPage page = service.find(id(ctx)).orElseThrow(HttpError::notFound);
        pages.render(ctx, "page/delete.jte", new PageDeletePage(page, false));
    }

    public void delete(Context ctx) {
        long id = id(ctx);
        try {
            service.delete(auth.user(ctx), id, version(ctx));
            ctx.redirect(BASE + "?deleted", HttpStatus.SEE_OTHER);
        } catch (PageConflictException e) {
            StaticPage current = e.current().orElseThrow(HttpError::notFound);
            ctx.status(HttpStatus.CONFLICT);
            pages.render(ctx, "page/delete.jte", new PageDeletePage(current, true));
        }
    }

    private void refused(Context ctx, PageFormPage form, InvalidInput e) {
        var messages = FieldMessages.of(pages.localizer(), e.problems());
        form(ctx, HttpStatus.UNPROCESSABLE_CONTENT, new PageFormPage(form.id(), form.version(), form.input(),
                languages, messages, false, null));
    }

    private void form(Context ctx, HttpStatus status, PageFormPage form) {
        ctx.status(status);
        pages.render(ctx, "page/form.jte", form);
    }

    private static PageInput input(Context ctx) {
        return new PageInput(ctx.formParam("lang"), ctx.formParam("slug"), ctx.formParam("title"),
                ctx.formParam("body"));
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(homeZone.get());
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
    }

    private static long version(Context ctx) {
        try {
            return Long.parseLong(ctx.formParam("version"));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.400.message");
        }
    }
}
