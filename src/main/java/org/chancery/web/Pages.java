package org.chancery.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.masthead.MastheadService;
import org.chancery.menu.MenuService;

/**
 * Renders a page in the site's layout for the language in the request's path, with the
 * masthead as of now. Handlers call it last.
 */
public final class Pages {
    private static final String HTML = "text/html; charset=utf-8";

    private final Templates templates;
    private final MastheadService masthead;
    private final MenuService menu;
    private final Map<String, Localizer> localizers;
    private final String defaultLanguage;

    public Pages(Templates templates, MastheadService masthead, MenuService menu, List<String> languages) {
        this.templates = templates;
        this.masthead = masthead;
        this.menu = menu;
        this.localizers = languages.stream().collect(Collectors.toMap(Function.identity(), Localizer::new));
        this.defaultLanguage = languages.get(0);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The language of the request's {@code {lang}} path segment; an unknown one is a 404. */
    public String lang(Context ctx) {
        String lang = ctx.pathParam("lang");
        if (!localizers.containsKey(lang)) {
            throw HttpError.notFound();
        }
        return lang;
    }

    public Localizer localizer(String lang) {
        return localizers.getOrDefault(lang, localizers.get(defaultLanguage));
    }

    public void render(Context ctx, String lang, String template, Object page) {
        // The charset in the header too, not only in <meta>: clients that are not browsers read only the header.
        ctx.contentType(HTML).result(templates.render(template, chrome(ctx, lang), page));
    }

    Chrome chrome(Context ctx, String lang) {
        return new Chrome(localizer(lang), masthead.settings().missionName(lang), masthead.now(lang), ctx.path(),
                menu.items(lang));
    }
}
