package org.chancery.publication;

/**
 * Where a part stands in its series: {@code previous} and {@code next} are the published
 * neighbouring parts, or null. Without a next part the page says the series is to be continued.
 */
public record SeriesNav(int part, PublicationSummary previous, PublicationSummary next) {
}
