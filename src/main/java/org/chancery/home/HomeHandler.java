package org.chancery.home;

import io.javalin.http.Context;
import java.util.List;
import org.chancery.content.Paths;
import org.chancery.publication.Article;
import org.chancery.publication.PublicationService;
import org.chancery.site.Pages;

/** The home page of each language. */
public final class HomeHandler {
    public static final int LATEST = 10;

    private final PublicationService publications;
    private final Pages pages;

    public HomeHandler(PublicationService publications, Pages pages) {
        this.publications = publications;
        this.pages = pages;
    }

    public void show(Context ctx) {
        String lang = pages.lang(ctx);
        Article featured = publications.featured(lang).orElse(null);
        long exceptId = featured == null ? -1 : featured.publication().id();
        var page = new HomePage(featured, publications.latest(lang, LATEST, exceptId), Paths.archive(lang));
        pages.render(ctx, lang, "home/show.jte", page);
    }

    /** {@code /} goes to the home of the reader's language by Accept-Language, else the default language's. */
    public void root(Context ctx) {
        ctx.header("Vary", "Accept-Language");
        ctx.redirect(Paths.home(pages.preferred(ctx.header("Accept-Language"))));
    }
}
