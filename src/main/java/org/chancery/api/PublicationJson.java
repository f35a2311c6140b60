package org.chancery.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chancery.content.Paths;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.RevisionSummary;
import org.chancery.editorial.Workflow;
import org.chancery.publication.Publication;

/** The API's JSON shapes of a publication and of its revisions. */
final class PublicationJson {
    private PublicationJson() {
    }

    /** A publication in any state, with what a client needs to edit it ({@code version}) and to see its workflow. */
    record View(
            long id,
            String status,
            long version,
            String type,
            String language,
            String title,
            String lead,
            String body,
            String place,
            LocalDate eventDate,
            boolean featured,
            String seriesKey,
            Integer seriesPart,
            List<String> speakers,
            List<String> tags,
            String path,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt,
            Instant scheduledAt,
            Long authorId,
            Long submittedBy,
            Withdrawal withdrawal,
            String replacement,
            ForcePublish forcePublish) {
    }

    record Withdrawal(Instant at, String reason) {
    }

    /** {@code awaitingApproval} stays true until another editor approves the force-publish. */
    record ForcePublish(String reason, long by, Long approvedBy, boolean awaitingApproval) {
    }

    record Revisions(long publicationId, List<RevisionSummary> revisions) {
    }

    static View of(EditorialItem item) {
        Publication p = item.publication();
        Workflow w = item.workflow();
        return new View(p.id(), p.status().code(), w.version(), p.type().code(), p.lang(), p.title(), p.lead(),
                p.body(), p.place(), p.eventDate(), p.featured(), p.series() == null ? null : p.series().key(),
                p.series() == null ? null : p.series().part(), p.speakers(), item.tags(),
                Paths.publication(p.lang(), p.id(), p.slug()), p.createdAt(), p.updatedAt(), p.publishedAt(),
                w.scheduledAt(), w.authorId(), w.submittedBy(),
                w.withdrawal() == null ? null : new Withdrawal(w.withdrawal().at(), w.withdrawal().reason()),
                w.replacementUrl(),
                w.forcePublish() == null ? null : new ForcePublish(w.forcePublish().reason(), w.forcePublish().by(),
                        w.forcePublish().approvedBy(), w.forcePublish().awaitingApproval()));
    }
}
