package org.chancery.sitemap;

import java.time.Instant;

/** An address in a sitemap, with when its content last changed (null when unknown). */
public record SitemapUrl(String loc, Instant lastmod) {
}
