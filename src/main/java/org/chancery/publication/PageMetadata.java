package org.chancery.publication;

import java.util.List;

/**
 * What a publication's page says about itself to search engines, feed readers and social
 * networks: its canonical address, OpenGraph and Twitter card tags and schema.org JSON-LD.
 *
 * @param jsonLd a {@code NewsArticle} as JSON, safe to place inside a {@code <script>} element as it is
 */
public record PageMetadata(String canonicalUrl, List<MetaTag> tags, String jsonLd) {

    public PageMetadata {
        tags = List.copyOf(tags);
    }
}
