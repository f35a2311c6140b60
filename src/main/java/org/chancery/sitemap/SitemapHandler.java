package org.chancery.sitemap;

import io.javalin.http.Context;
import java.util.List;
import org.chancery.web.BaseUrl;
import org.chancery.web.Conditional;
import org.chancery.web.HttpError;

/** {@code /sitemap.xml}, its files {@code /sitemaps/{n}.xml} on a large site, and {@code /robots.txt}. */
public final class SitemapHandler {
    private static final String XML = "application/xml; charset=utf-8";

    private final SitemapService sitemap;
    private final BaseUrl baseUrl;
    private final List<String> languages;

    public SitemapHandler(SitemapService sitemap, BaseUrl baseUrl, List<String> languages) {
        this.sitemap = sitemap;
        this.baseUrl = baseUrl;
        this.languages = List.copyOf(languages);
    }

    public void root(Context ctx) {
        Conditional.send(ctx, XML, sitemap.root());
    }

    /** {@code /sitemaps/{file}}, where the file is {@code 1.xml}, {@code 2.xml}, ... */
    public void file(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[1-9][0-9]{0,5}\\.xml")) {
            throw HttpError.notFound();
        }
        int n = Integer.parseInt(file.substring(0, file.length() - ".xml".length()));
        Conditional.send(ctx, XML, sitemap.file(n).orElseThrow(HttpError::notFound));
    }

    public void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(RobotsTxt.text(baseUrl, languages));
    }
}
