package org.chancery.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chancery.admin.AdminPages;
import org.chancery.admin.Auth;
import org.chancery.page.PageFormPage.Translations;
import org.chancery.validation.InvalidInput;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;
import org.chancery.web.PathParams;

/**
 * {@code /admin/pages}: editors list, create, edit and delete static pages. A refused save shows
 * the form again with everything typed; a save over someone else's shows both versions (409).
 * Each page names its versions in other languages; {@code /admin/pages/new?translationOf=ID&lang=ru}
 * is the form of a new translation, prefilled from the page it translates. Nothing is saved until
 * the translator saves it, because a saved page is public.
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

    /** The form of a new page translating page {@code id} into {@code lang}. */
    static String translateHref(long id, String lang) {
        return BASE + "/new?translationOf=" + id + "&lang=" + lang;
    }

    public void index(Context ctx) {
        List<PageSummary> all = service.list();
        Map<Long, List<PageSummary>> groups = all.stream().collect(Collectors.groupingBy(PageSummary::group));
        var rows = all.stream().map(p -> {
            List<PageSummary> others = groups.get(p.group()).stream().filter(o -> o.id() != p.id()).toList();
            return new PagesListPage.Row(p, local(p.updatedAt()), others,
                    missing(p.lang(), others.stream().map(PageSummary::lang).toList()));
        }).toList();
        pages.render(ctx, "page/list.jte", new PagesListPage(rows, ctx.queryParam("deleted") != null));
    }

    /** A blank form, or with {@code ?translationOf=ID&lang=ru} one prefilled from the page to translate. */
    public void newForm(Context ctx) {
        String of = ctx.queryParam("translationOf");
        if (of == null) {
            var blank = new PageInput(languages.get(0), "", "", "", null);
            form(ctx, HttpStatus.OK, new PageFormPage(null, 0, blank, languages, Map.of(), false, null,
                    Translations.NONE));
            return;
        }
        StaticPage original = service.find(number(of)).orElseThrow(HttpError::notFound);
        String lang = ctx.queryParam("lang");
        if (lang == null || !languages.contains(lang) || lang.equals(original.lang())) {
            throw HttpError.badRequest("page.error.translationLanguage");
        }
        var input = new PageInput(lang, original.slug(), original.title(), original.body(), original.id());
        form(ctx, HttpStatus.OK, new PageFormPage(null, 0, input, languages, Map.of(), false, null,
                translating(original.id())));
    }

    public void edit(Context ctx) {
        StaticPage page = service.find(PathParams.id(ctx, "id")).orElseThrow(HttpError::notFound);
        var form = new PageFormPage(page.id(), page.version(), PageInput.of(page), languages, Map.of(),
                ctx.queryParam("saved") != null, null, translations(page));
        form(ctx, HttpStatus.OK, form);
    }

    public void create(Context ctx) {
        PageInput input = input(ctx);
        try {
            StaticPage created = service.create(auth.user(ctx), input);
            ctx.redirect(BASE + "/" + created.id() + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            refused(ctx, new PageFormPage(null, 0, input, languages, Map.of(), false, null,
                    translating(input.translationOf())), e);
        }
    }

    public void update(Context ctx) {
        long id = PathParams.id(ctx, "id");
        long version = version(ctx);
        PageInput input = input(ctx);
        try {
            service.update(auth.user(ctx), id, version, input);
            ctx.redirect(BASE + "/" + id + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            var translations = service.find(id).map(this::translations).orElse(Translations.NONE);
            refused(ctx, new PageFormPage(id, version, input, languages, Map.of(), false, null, translations), e);
        } catch (PageConflictException e) {
            StaticPage current = e.current().orElse(null);
            var conflict = new PageFormPage.Conflict(current, current == null ? null : local(current.updatedAt()));
            var form = current == null
                    ? new PageFormPage(null, 0, input, languages, Map.of(), false, conflict, Translations.NONE)
                    : new PageFormPage(id, current.version(), input, languages, Map.of(), false, conflict,
                            translations(current));
            form(ctx, HttpStatus.CONFLICT, form);
        }
    }

    public void confirmDelete(Context ctx) {
        StaticPage page = service.find(PathParams.id(ctx, "id")).orElseThrow(HttpError::notFound);
        pages.render(ctx, "page/delete.jte", new PageDeletePage(page, false));
    }

    public void delete(Context ctx) {
        long id = PathParams.id(ctx, "id");
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
        var messages = FieldMessages.of(pages.localizer(), e.problems()).first();
        form(ctx, HttpStatus.UNPROCESSABLE_CONTENT, new PageFormPage(form.id(), form.version(), form.input(),
                languages, messages, false, null, form.translations()));
    }

    /** An existing page's translations, and the languages it lacks. */
    private Translations translations(StaticPage page) {
        List<StaticPage> others = service.translations(page);
        return new Translations(others, missing(page.lang(), others.stream().map(StaticPage::lang).toList()));
    }

    /** For a new translation of page {@code of}: that page and its translations (none when it is gone). */
    private Translations translating(Long of) {
        return of == null ? Translations.NONE : service.find(of).map(original -> {
            List<StaticPage> group = new ArrayList<>(List.of(original));
            group.addAll(service.translations(original));
            return new Translations(group, List.of());
        }).orElse(Translations.NONE);
    }

    private List<String> missing(String lang, List<String> present) {
        return languages.stream().filter(l -> !l.equals(lang) && !present.contains(l)).toList();
    }

    private void form(Context ctx, HttpStatus status, PageFormPage form) {
        ctx.status(status);
        pages.render(ctx, "page/form.jte", form);
    }

    private static PageInput input(Context ctx) {
        String of = ctx.formParam("translationOf");
        return new PageInput(ctx.formParam("lang"), ctx.formParam("slug"), ctx.formParam("title"),
                ctx.formParam("body"), of == null || of.isEmpty() ? null : number(of));
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(homeZone.get());
    }

    /** A page's id given in a form or query string; anything else is a 400. */
    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.400.message");
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
