package org.chancery.feed;

import io.javalin.http.Context;
import java.util.Optional;
import org.chancery.publication.PublicationType;
import org.chancery.site.Pages;
import org.chancery.web.Conditional;
import org.chancery.web.HttpError;

/** The RSS and Atom feeds of a language: every publication, or one type ({@link FeedPaths}). */
public final class FeedHandler {
    private final FeedService feeds;
    private final Pages pages;

    public FeedHandler(FeedService feeds, Pages pages) {
        this.feeds = feeds;
        this.pages = pages;
    }

    public void rss(Context ctx) {
        send(ctx, RssFeed.MEDIA_TYPE, feeds.rss(pages.lang(ctx), Optional.empty()));
    }

    public void atom(Context ctx) {
        send(ctx, AtomFeed.MEDIA_TYPE, feeds.atom(pages.lang(ctx), Optional.empty()));
    }

    /** {@code /{lang}/feed/{type}.xml} */
    public void rssOfType(Context ctx) {
        String lang = pages.lang(ctx);
        send(ctx, RssFeed.MEDIA_TYPE, feeds.rss(lang, Optional.of(type(ctx))));
    }

    /** {@code /{lang}/atom/{type}.xml} */
    public void atomOfType(Context ctx) {
        String lang = pages.lang(ctx);
        send(ctx, AtomFeed.MEDIA_TYPE, feeds.atom(lang, Optional.of(type(ctx))));
    }

    private static PublicationType type(Context ctx) {
        return FeedPaths.typeOfFile(ctx.pathParam("file")).orElseThrow(HttpError::notFound);
    }

    private static void send(Context ctx, String mediaType, String feed) {
        ctx.header("Cache-Control", "no-cache");
        Conditional.send(ctx, mediaType, feed);
    }
}
