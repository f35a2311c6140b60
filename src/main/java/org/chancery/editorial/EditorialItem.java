package org.chancery.editorial;

import java.time.Instant;
import java.util.List;
import org.chancery.content.Slugs;
import org.chancery.editorial.Workflow.ForcePublish;
import org.chancery.editorial.Workflow.Withdrawal;
import org.chancery.publication.Publication;
import org.chancery.publication.Status;

/**
 * A publication with its workflow: the aggregate {@link EditorialRepository} stores in one row.
 * Every change returns a new item with the version raised by one.
 */
public record EditorialItem(Publication publication, List<String> tags, Workflow workflow) {

    public EditorialItem {
        tags = List.copyOf(tags);
    }

    static EditorialItem draft(Content c, long authorId, Instant now) {
        Publication p = new Publication(null, Slugs.slugify(c.title()), c.type(), c.lang(), Status.DRAFT, c.title(),
                c.lead(), c.body(), c.place(), c.eventDate(), null, c.featured(), c.series(), c.speakers(), now, now);
        return new EditorialItem(p, c.tags(), Workflow.newDraft(authorId));
    }

    /** A publication that arrived whole, such as the sample's: no author, no tags, at version 1. */
    static EditorialItem loaded(Publication p) {
        if (p.id() != null) {
            throw new IllegalArgumentException("publication already has id " + p.id());
        }
        return new EditorialItem(p, List.of(), Workflow.newDraft(null));
    }

    public long id() {
        return publication.id();
    }

    public Status status() {
        return publication.status();
    }

    public long version() {
        return workflow.version();
    }

    /** Whether readers see its page: published, or withdrawn with the notice. */
    public boolean isPublic() {
        return status() == Status.PUBLISHED || status() == Status.WITHDRAWN;
    }

    public Content content() {
        Publication p = publication;
        return new Content(p.type(), p.lang(), p.title(), p.lead(), p.body(), p.place(), p.eventDate(),
                p.featured(), p.series(), p.speakers(), tags);
    }

    /** New content; the address follows the title until the item is first published, then stays. */
    EditorialItem edited(Content c, Instant now) {
        Publication p = publication;
        String slug = p.publishedAt() == null ? Slugs.slugify(c.title()) : p.slug();
        Publication changed = new Publication(p.id(), slug, c.type(), c.lang(), p.status(), c.title(), c.lead(),
                c.body(), c.place(), c.eventDate(), p.publishedAt(), c.featured(), c.series(), c.speakers(),
                p.createdAt(), now);
        return new EditorialItem(changed, c.tags(), workflow.next());
    }

    EditorialItem submitted(long by, Instant now) {
        return moved(Status.SUBMITTED, publication.publishedAt(), workflow.submittedBy(by), now);
    }

    EditorialItem scheduled(Instant at, Instant now) {
        return moved(Status.SCHEDULED, publication.publishedAt(), workflow.scheduledAt(at), now);
    }

    /**
     * Published at {@code at}, unless it was published before: a publication keeps the date it
     * first appeared, which is the date readers see and lists sort by.
     *
     * @param force the force-publish record, or null to keep the one it has
     */
    EditorialItem published(Instant at, ForcePublish force, Instant now) {
        Instant first = publication.publishedAt() == null ? at : publication.publishedAt();
        Workflow w = workflow.scheduledAt(null).withdrawn(null).replacedBy(null);
        return moved(Status.PUBLISHED, first, force == null ? w : w.forced(force), now);
    }

    EditorialItem withdrawn(Withdrawal withdrawal, Instant now) {
        return moved(Status.WITHDRAWN, publication.publishedAt(), workflow.withdrawn(withdrawal), now);
    }

    EditorialItem unpublished(String replacementUrl, Instant now) {
        return moved(Status.UNPUBLISHED, publication.publishedAt(), workflow.replacedBy(replacementUrl), now);
    }

    EditorialItem approved(long by, Instant now) {
        ForcePublish f = workflow.forcePublish();
        return moved(status(), publication.publishedAt(), workflow.forced(new ForcePublish(f.reason(), f.by(), by)), now);
    }

    private EditorialItem moved(Status status, Instant publishedAt, Workflow w, Instant now) {
        Publication p = publication;
        Publication changed = new Publication(p.id(), p.slug(), p.type(), p.lang(), status, p.title(), p.lead(),
                p.body(), p.place(), p.eventDate(), publishedAt, p.featured(), p.series(), p.speakers(),
                p.createdAt(), now);
        return new EditorialItem(changed, tags, w.next());
    }
}
