package org.chancery.publication;

import java.util.Optional;

/** What a publication's public address answers. */
public sealed interface PublicAddress {

    /** The page: published, or withdrawn and shown with its notice. */
    record Shown(PublicationPage page) implements PublicAddress {
    }

    /** Unpublished: 410 Gone, or a permanent redirect when a replacement was given. */
    record Gone(Optional<String> replacement) implements PublicAddress {
    }
}
