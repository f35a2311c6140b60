package org.chancery.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * The OpenGraph ({@code og:}, {@code article:}) and Twitter card tags of a publication's page,
 * which link previews in social networks and messengers are built from.
 */
public final class OpenGraph {
    private OpenGraph() {
    }

    public static List<MetaTag> tags(ArticleFacts a) {
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.property("og:type", "article"));
        tags.add(MetaTag.property("og:title", a.headline()));
        if (!a.description().isEmpty()) {
            tags.add(MetaTag.property("og:description", a.description()));
        }
        tags.add(MetaTag.property("og:url", a.url()));
        tags.add(MetaTag.property("og:site_name", a.siteName()));
        tags.add(MetaTag.property("article:published_time", a.published().toString()));
        tags.add(MetaTag.property("article:modified_time", a.modified().toString()));
        tags.add(MetaTag.property("article:section", a.section()));
        tags.add(MetaTag.name("twitter:card", "summary"));
        tags.add(MetaTag.name("twitter:title", a.headline()));
        if (!a.description().isEmpty()) {
            tags.add(MetaTag.name("twitter:description", a.description()));
        }
        return List.copyOf(tags);
    }
}
