package org.chancery.publication;

/**
 * A {@code <meta>} element of a page's head: OpenGraph's are named by {@code property}
 * ({@code og:title}), Twitter's by {@code name} ({@code twitter:card}).
 */
public record MetaTag(boolean property, String key, String content) {

    static MetaTag property(String key, String content) {
        return new MetaTag(true, key, content);
    }

    static MetaTag name(String key, String content) {
        return new MetaTag(false, key, content);
    }
}
