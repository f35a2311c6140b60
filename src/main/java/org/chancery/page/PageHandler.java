package org.chancery.page;

import io.javalin.http.Context;
import java.util.List;
import org.chancery.site.Pages;
import org.chancery.web.HttpError;

/**
 * A static page at {@code /{lang}/{slug}}, in the site's layout; an unknown slug is a 404. Its
 * route is registered once per language ({@code /en/{slug}}), so the language is the path's first
 * segment. Its translations are named to the layout, for the language switcher and hreflang.
 */
public final class PageHandler {
    private final PageService service;
    private final Pages pages;

    public PageHandler(PageService service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    public void show(Context ctx) {
        String path = ctx.path();
        String lang = path.substring(1, path.indexOf('/', 1));
        PageView page = service.shown(lang, ctx.pathParam("slug")).orElseThrow(HttpError::notFound);
        pages.render(ctx, lang, "page/show.jte", page);
    }
}
