package org.chancery.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.ChangeLog;
import org.chancery.editorial.Workflow.ForcePublish;
import org.chancery.editorial.Workflow.Withdrawal;
import org.chancery.publication.Publication;
import org.chancery.publication.Status;
import org.chancery.validation.ControlCharacters;
import org.chancery.validation.InvalidInput;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every rule of the editorial workflow: draft, submitted, then published by a second person
 * (or force-published with a reason, flagged until another editor approves), scheduled,
 * withdrawn, unpublished. Each action is one transaction that names the version it changes,
 * writes a revision when the content changes and an audit entry for the actions that need
 * one; the same transaction appends what readers should hear of it to the {@link ChangeLog},
 * which every node's caches follow.
 */
public final class EditorialService {
    /** The largest body accepted: 2 MiB of UTF-8. */
    public static final int MAX_BODY_BYTES = Limits.BODY_BYTES;
    static final String SCHEDULER = "scheduler";

    private final Jdbi jdbi;
    private final EditorialRepository items = new EditorialRepository();
    private final RevisionRepository revisions = new RevisionRepository();
    private final ChangeNoteRepository changeNotes = new ChangeNoteRepository();
    private final AuditLog audit;
    private final ChangeLog changes;
    private final ContentValidator validator;
    private final Clock clock;

    public EditorialService(Jdbi jdbi, AuditLog audit, ChangeLog changes, Set<String> languages, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.changes = changes;
        this.validator = new ContentValidator(languages);
        this.clock = clock;
    }

    /** The result of one change: the item as stored and what readers should hear of it (or null). */
    private record Outcome(EditorialItem item, Kind event) {
    }

    public EditorialItem create(User actor, ContentInput input) {
        Permissions.staff(actor);
        Content content = validator.create(input);
        Instant now = clock.instant();
        long id = jdbi.inTransaction(h -> {
            long created = items.insert(h, EditorialItem.draft(content, actor.id(), now));
            revisions.insert(h, created, 1, content, actor.id(), now, EditNote.none(), null);
            return created;
        });
        return jdbi.withHandle(h -> load(h, id));
    }

    /**
     * Creates a draft that translates {@code originalId}: in one transaction with its first revision, it
     * joins the original's group (the original's own original, when it is a translation itself).
     */
    public EditorialItem createTranslation(User actor, ContentInput input, long originalId) {
        Permissions.staff(actor);
        Content content = validator.create(input);
        Instant now = clock.instant();
        long id = jdbi.inTransaction(h -> {
            long created = items.insert(h, EditorialItem.draft(content, actor.id(), now));
            revisions.insert(h, created, 1, content, actor.id(), now, EditNote.none(), null);
            items.joinGroup(h, created, originalId);
            return created;
        });
        return jdbi.withHandle(h -> load(h, id));
    }

    /**
     * Stores a publication that arrives whole, in its state and with its own times, rather than
     * through the workflow: the sample site, the publications generated for benchmarks. Like a
     * created draft it gets its first revision, by no one; one readers can see goes into the change
     * log, from which every node's followers hear of it. No audit entry, as no one acted. Called
     * inside a transaction of the caller's, it joins it.
     *
     * @param translationOf the publication it translates, or null
     * @return its id
     */
    public long load(Publication p, Long translationOf) {
        return jdbi.inTransaction(h -> {
            List<ChangeEvents.Event> events = new ArrayList<>();
            long id = stored(h, p, translationOf, events);
            changes.append(h, events);
            return id;
        });
    }

    /** {@link #load(Publication, Long) Loads} publications that translate none, in one transaction; returns their ids in order. */
    public List<Long> load(List<Publication> publications) {
        return jdbi.inTransaction(h -> {
            List<ChangeEvents.Event> events = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Publication p : publications) {
                ids.add(stored(h, p, null, events));
            }
            changes.append(h, events);
            return ids;
        });
    }

    /** Stores a loaded publication with its first revision, adding what readers should hear of it to {@code events}. */
    private long stored(Handle h, Publication p, Long translationOf, List<ChangeEvents.Event> events) {
        EditorialItem item = EditorialItem.loaded(p);
        long id = items.insert(h, item);
        revisions.insertFirst(h, id, item.version(), item.content(), null, p.updatedAt());
        if (translationOf != null) {
            items.joinGroup(h, id, translationOf);
        }
        switch (p.status()) {
            case PUBLISHED -> events.add(new ChangeEvents.Event(Kind.PUBLISHED, id, clock.instant()));
            case WITHDRAWN -> events.add(new ChangeEvents.Event(Kind.WITHDRAWN, id, clock.instant()));
            default -> { }
        }
        return id;
    }

    /** Saves new content over {@code version}; fields left null in {@code input} keep their value. */
    public EditorialItem update(User actor, long id, long version, ContentInput input, EditNote note) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.EDIT, actor, item);
            expectVersion(h, item, version);
            return saveContent(h, actor, item, validator.merge(item.content(), input), note, null);
        });
    }

    /** Saves the content of an earlier revision as a new revision. */
    public EditorialItem restore(User actor, long id, long version, int revision, EditNote note) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.EDIT, actor, item);
            expectVersion(h, item, version);
            Revision old = revisions.find(h, id, revision).orElseThrow(() -> EditorialException.notFound(
                    "publication " + id + " has no revision " + revision));
            Outcome saved = saveContent(h, actor, item, old.content(), note, revision);
            record(h, actor, "restore", id, "revision " + revision);
            return saved;
        });
    }

    public EditorialItem submit(User actor, long id) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.SUBMIT, actor, item);
            return move(h, actor, item, item.submitted(actor.id(), clock.instant()), "submit", "", null);
        });
    }

    /** Publishes a submitted (or scheduled) publication; whoever submitted it cannot. */
    public EditorialItem publish(User actor, long id) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.PUBLISH, actor, item);
            Instant now = clock.instant();
            return move(h, actor, item, item.published(now, null, now), "publish", "", Kind.PUBLISHED);
        });
    }

    /** Publishes without a second person's review; the reason is recorded and flagged until approved. */
    public EditorialItem forcePublish(User actor, long id, String reason) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.FORCE_PUBLISH, actor, item);
            String why = Rules.required("reason", reason, "editor.error.reason.forcePublish");
            Instant now = clock.instant();
            EditorialItem next = item.published(now, new ForcePublish(why, actor.id(), null), now);
            return move(h, actor, item, next, "force-publish", why, Kind.PUBLISHED);
        });
    }

    /** Approves a force-publish afterwards; it must be another editor than the one who forced it. */
    public EditorialItem approveForcePublish(User actor, long id) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.APPROVE, actor, item);
            return move(h, actor, item, item.approved(actor.id(), clock.instant()), "approve-force-publish", "", null);
        });
    }

    /** Schedules publication at {@code at}, under the same second-person rule as publishing. */
    public EditorialItem schedule(User actor, long id, Instant at) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.SCHEDULE, actor, item);
            Instant now = clock.instant();
            if (at == null || !at.isAfter(now)) {
                throw at == null ? InvalidInput.of("at", "required", "editor.error.at.required")
                        : InvalidInput.of("at", "invalid", "editor.error.at.invalid");
            }
            return move(h, actor, item, item.scheduled(at, now), "schedule", at.toString(), null);
        });
    }

    /** Withdraws a published item: its page stays, with a notice giving the date and the reason. */
    public EditorialItem withdraw(User actor, long id, String reason) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.WITHDRAW, actor, item);
            String why = Rules.required("reason", reason, "editor.error.reason.required");
            Instant now = clock.instant();
            return move(h, actor, item, item.withdrawn(new Withdrawal(now, why), now), "withdraw", why,
                    Kind.WITHDRAWN);
        });
    }

    /** Takes an item off the site: its address answers 410 Gone, or redirects to {@code replacementUrl}. */
    public EditorialItem unpublish(User actor, long id, String replacementUrl) {
        return change(id, (h, item) -> {
            Checks.check(EditorialAction.UNPUBLISH, actor, item);
            String url = Replacements.check(replacementUrl);
            return move(h, actor, item, item.unpublished(url, clock.instant()), "unpublish",
                    url == null ? "" : url, Kind.UNPUBLISHED);
        });
    }

    /** The actions {@code actor} may take on {@code item} as it stands, by the same checks the actions make. */
    public Set<EditorialAction> allowed(User actor, EditorialItem item) {
        return Checks.allowed(actor, item);
    }

    /**
     * Publishes every scheduled item whose time has come, at its scheduled time, and returns
     * them. An item changed meanwhile by someone else is left for the next call.
     */
    public List<EditorialItem> publishDue() {
        Instant now = clock.instant();
        List<EditorialItem> published = new ArrayList<>();
        for (long id : jdbi.withHandle(h -> items.due(h, now))) {
            publishScheduled(id, now).ifPresent(published::add);
        }
        return published;
    }

    private Optional<EditorialItem> publishScheduled(long id, Instant now) {
        Optional<EditorialItem> done = jdbi.inTransaction(h -> items.find(h, id)
                .filter(item -> item.status() == Status.SCHEDULED && !item.workflow().scheduledAt().isAfter(now))
                .flatMap(item -> {
                    Instant due = item.workflow().scheduledAt();
                    EditorialItem next = item.published(due, null, now);
                    if (!items.update(h, next, item.version())) {
                        return Optional.empty();
                    }
                    audit.record(h, new AuditEntry(now, null, SCHEDULER, "publish-scheduled", subject(id),
                            "due " + due));
                    changes.append(h, new ChangeEvents.Event(Kind.PUBLISHED, id, now));
                    return Optional.of(next);
                }));
        done.ifPresent(item -> changes.catchUp());
        return done;
    }

    private EditorialItem change(long id, BiFunction<Handle, EditorialItem, Outcome> work) {
        Outcome outcome = jdbi.inTransaction(h -> {
            Outcome done = work.apply(h, load(h, id));
            if (done.event() != null) {
                changes.append(h, new ChangeEvents.Event(done.event(), id, clock.instant()));
            }
            return done;
        });
        if (outcome.event() != null) {
            changes.catchUp();
        }
        return outcome.item();
    }

    private Outcome saveContent(Handle h, User actor, EditorialItem item, Content content, EditNote note,
            Integer restoredFrom) {
        if (note.changeNote().length() > Limits.NOTE) {
            throw InvalidInput.of("changeNote", "too-long", "editor.error.too-long", Limits.NOTE);
        }
        ControlCharacters.refuse("changeNote", note.changeNote());
        if (item.isPublic() && !note.minor() && note.changeNote().isEmpty()) {
            throw InvalidInput.of("changeNote", "required", "editor.error.changeNote.required");
        }
        Instant now = clock.instant();
        EditorialItem edited = item.edited(content, now);
        store(h, item, edited);
        int number = revisions.insert(h, item.id(), edited.version(), content, actor.id(), now, note, restoredFrom);
        if (item.isPublic() && note.isPublicCorrection()) {
            changeNotes.insert(h, item.id(), number, now, note.changeNote());
        }
        return new Outcome(edited, item.isPublic() ? Kind.UPDATED : null);
    }

    private Outcome move(Handle h, User actor, EditorialItem item, EditorialItem next, String action, String detail,
            Kind event) {
        store(h, item, next);
        record(h, actor, action, item.id(), detail);
        return new Outcome(next, event);
    }

    private void store(Handle h, EditorialItem before, EditorialItem after) {
        if (!items.update(h, after, before.version())) {
            throw conflict(h, before.id(), before.version());
        }
    }

    private void expectVersion(Handle h, EditorialItem item, long version) {
        if (item.version() != version) {
            throw conflict(h, item.id(), version);
        }
    }

    /** What changed since {@code version}: from the content saved at that version to the current content. */
    private VersionConflictException conflict(Handle h, long id, long version) {
        EditorialItem current = load(h, id);
        Content base = revisions.atVersion(h, id, version).map(Revision::content).orElse(current.content());
        return new VersionConflictException(version, current, Comparison.changes(base, current.content()));
    }

    private EditorialItem load(Handle h, long id) {
        return items.find(h, id).orElseThrow(() -> EditorialException.notFound("there is no publication " + id));
    }

    private void record(Handle h, User actor, String action, long id, String detail) {
        audit.record(h, new AuditEntry(clock.instant(), actor.id(), actor.email(), action, subject(id), detail));
    }

    static String subject(long id) {
        return "publication:" + id;
    }
}
