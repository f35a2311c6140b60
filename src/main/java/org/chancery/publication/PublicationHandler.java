package org.chancery.publication;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.web.HttpError;
import org.chancery.web.Pages;

/**
 * A publication's page at {@code /{lang}/news/{id}-{slug}}. The id decides; any other form of
 * the address (the id alone, an old slug, another language's prefix) is redirected, permanently,
 * to the canonical one.
 */
public final class PublicationHandler {
    private static final Pattern ID_SLUG = Pattern.compile("([1-9][0-9]{0,17})(?:-[^/]*)?");

    private final PublicationService publications;
    private final Pages pages;

    public PublicationHandler(PublicationService publications, Pages pages) {
        this.publications = publications;
        this.pages = pages;
    }

    public void show(Context ctx) {
        String lang = pages.lang(ctx);
        Matcher m = ID_SLUG.matcher(ctx.pathParam("idSlug"));
        if (!m.matches()) {
            throw HttpError.notFound();
        }
        Article article = publications.published(Long.parseLong(m.group(1))).orElseThrow(HttpError::notFound);
        if (!ctx.path().equals(article.path())) {
            ctx.redirect(article.path(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        pages.render(ctx, lang, "publication/show.jte", new PublicationPage(article));
    }
}
