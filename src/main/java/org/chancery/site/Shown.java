package org.chancery.site;

import io.javalin.http.Context;
import java.util.Collection;
import java.util.Set;

/**
 * What a public page shows, named by tags, so that the {@link PageCache} drops a kept page exactly
 * when something on it changes: {@link #LISTS} for pages listing the newest publications (home,
 * archive), {@link #publication} for each publication a page shows in full or links by title,
 * {@link #page} for a static page. A page whose handler names nothing is never kept.
 */
public final class Shown {
    /** Home and archive: any publishing event may change them. */
    public static final String LISTS = "lists";
    static final String ATTRIBUTE = "chancery.shown";
    static final String PAGE = "page:";

    private Shown() {
    }

    public static String publication(long id) {
        return "publication:" + id;
    }

    public static String page(long id) {
        return PAGE + id;
    }

    /** Names what the request's page shows. */
    public static void on(Context ctx, Collection<String> tags) {
        ctx.attribute(ATTRIBUTE, Set.copyOf(tags));
    }

    static Set<String> of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
