package org.chancery.publication;

/** A publication's own page. */
public record PublicationPage(Article article) {
}
