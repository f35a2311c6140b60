package org.chancery.publication;

import java.util.List;

/**
 * What a publication's page says about itself to search engines, feed readers and social
 * networks: its description, OpenGraph and Twitter card tags and schema.org JSON-LD (its canonical
 * address is the layout's, as every page's).
 *
 * @param description its lead, else the start of its text
 * @param jsonLd a {@code NewsArticle} as JSON, safe to place inside a {@code <script>} element as it is
 */
public record PageMetadata(String description, List<MetaTag> tags, String jsonLd) {

    public PageMetadata {
        tags = List.copyOf(tags);
    }
}
