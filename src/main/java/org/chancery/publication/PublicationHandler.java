package org.chancery.publication;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.site.Pages;
import org.chancery.site.Shown;
import org.chancery.web.HttpError;

/**
 * A publication's page at {@code /{lang}/news/{id}-{slug}}. The id decides; any other form of
 * the address (the id alone, an old slug, another language's prefix) is redirected, permanently,
 * to the canonical one. An unpublished publication's address answers 410 Gone, or redirects
 * permanently to the replacement the editor gave.
 */
public final class PublicationHandler {
    private static final Pattern ID_SLUG = Pattern.compile("([1-9][0-9]{0,17})(?:-[^/]*)?");

    private final PublicationService publications;
    private final Pages pages;
    private final PublicationMetadata metadata;

    public PublicationHandler(PublicationService publications, Pages pages, PublicationMetadata metadata) {
        this.publications = publications;
        this.pages = pages;
        this.metadata = metadata;
    }

    public void show(Context ctx) {
        String lang = pages.lang(ctx);
        Matcher m = ID_SLUG.matcher(ctx.pathParam("idSlug"));
        if (!m.matches()) {
            throw HttpError.notFound();
        }
        PublicAddress address = publications.atAddress(Long.parseLong(m.group(1))).orElseThrow(HttpError::notFound);
        if (address instanceof PublicAddress.Gone gone) {
            String replacement = gone.replacement().orElseThrow(() -> new HttpError(410, "error.publication.gone"));
            ctx.redirect(replacement, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PublicationPage page = ((PublicAddress.Shown) address).page();
        if (!ctx.path().equals(page.article().path())) {
            ctx.redirect(page.article().path(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        pages.render(ctx, lang, "publication/show.jte", page.withMeta(metadata.of(page.article())));
    }
}
