package org.chancery.page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.chancery.account.User;
import org.chancery.audit.AuditEntry;
import org.chancery.audit.AuditLog;
import org.chancery.change.ChangeEvents.Event;
import org.chancery.change.ChangeEvents.Kind;
import org.chancery.change.ChangeLog;
import org.chancery.content.BodyRenderer;
import org.chancery.db.UniqueViolation;
import org.chancery.validation.FieldCheck;
import org.chancery.validation.InvalidInput;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Static pages: what readers see at {@code /{lang}/{slug}}, and the editors' saves and
 * deletions. Each change is one transaction with its audit entry and a {@link Kind#PAGE} row in
 * the change log, which every node follows (the sitemap lists the pages); a change names the
 * version it was made on, and a stale one is refused with the page as it is now.
 */
public final class PageService {
    private final Jdbi jdbi;
    private final PageRepository pages = new PageRepository();
    private final AuditLog audit;
    private final BodyRenderer renderer;
    private final Set<String> languages;
    private final Clock clock;
    private final ChangeLog changes;

    public PageService(Jdbi jdbi, AuditLog audit, BodyRenderer renderer, Set<String> languages, Clock clock,
            ChangeLog changes) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.renderer = renderer;
        this.languages = Set.copyOf(languages);
        this.clock = clock;
        this.changes = changes;
    }

    /** The page at {@code /{lang}/{slug}}, its body rendered to sanitized HTML, with its translations' addresses. */
    public Optional<PageView> shown(String lang, String slug) {
        return jdbi.withHandle(h -> pages.find(h, lang, slug).map(p -> {
            Map<String, String> translations = new TreeMap<>();
            pages.translations(h, p).forEach(t -> translations.put(t.lang(), t.path()));
            return new PageView(p.id(), p.title(), renderer.render(p.body(), List.of()).html(), translations);
        }));
    }

    /** The other pages of a page's group, its original and its translations, by language. */
    public List<StaticPage> translations(StaticPage page) {
        return jdbi.withHandle(h -> pages.translations(h, page));
    }

    public List<PageSummary> list() {
        return jdbi.withHandle(pages::list);
    }

    public Optional<StaticPage> find(long id) {
        return jdbi.withHandle(h -> pages.find(h, id));
    }

    public StaticPage create(User actor, PageInput input) {
        PageCheck.Checked c = checked(input);
        Instant now = clock.instant();
        return write(c, () -> jdbi.inTransaction(h -> {
            requireFree(h, c, null);
            Long original = input.translationOf() == null ? null : original(h, input.translationOf(), c.lang());
            StaticPage draft = new StaticPage(0, c.lang(), c.slug(), c.title(), c.body(), 1, now, actor.id(), original);
            long id = pages.insert(h, draft);
            record(h, actor, "page.create", id, draft.path());
            return pages.find(h, id).orElseThrow();
        }));
    }

    public StaticPage update(User actor, long id, long version, PageInput input) {
        PageCheck.Checked c = checked(input);
        Instant now = clock.instant();
        return write(c, () -> jdbi.inTransaction(h -> {
            StaticPage before = current(h, id, version);
            requireFree(h, c, id);
            requireUntranslated(h, before, c.lang());
            StaticPage after = new StaticPage(id, c.lang(), c.slug(), c.title(), c.body(), version + 1, now,
                    actor.id(), before.translationOf());
            if (!pages.update(h, after, version)) {
                throw conflict(h, id, version);
            }
            String detail = before.path().equals(after.path()) ? after.path() : before.path() + " -> " + after.path();
            record(h, actor, "page.update", id, detail);
            return after;
        }));
    }

    /** Deletes a page, as it was at {@code version}; its address answers 404 from then on. */
    public void delete(User actor, long id, long version) {
        jdbi.useTransaction(h -> {
            StaticPage page = current(h, id, version);
            if (page.translationOf() == null) {
                pages.promoteTranslation(h, id);
            }
            if (!pages.delete(h, id, version)) {
                throw conflict(h, id, version);
            }
            record(h, actor, "page.delete", id, page.path() + " " + page.title());
        });
        changes.catchUp();
    }

    private PageCheck.Checked checked(PageInput input) {
        FieldCheck check = new FieldCheck();
        PageCheck.Checked checked = PageCheck.check(input, languages, check);
        check.orThrow();
        return checked;
    }

    private StaticPage current(Handle h, long id, long version) {
        StaticPage page = pages.find(h, id).orElseThrow(() -> new PageConflictException(id, version, null));
        if (page.version() != version) {
            throw new PageConflictException(id, version, page);
        }
        return page;
    }

    private void requireFree(Handle h, PageCheck.Checked c, Long self) {
        pages.find(h, c.lang(), c.slug()).filter(other -> self == null || other.id() != self).ifPresent(other -> {
            throw taken(c);
        });
    }

    /**
     * The group a new translation of page {@code of} joins (the original's id); refused when that page
     * is gone or its group already has a page in {@code lang}.
     */
    private long original(Handle h, long of, String lang) {
        StaticPage translated = pages.find(h, of)
                .orElseThrow(() -> InvalidInput.of("lang", "invalid", "page.error.translationGone"));
        if (translated.lang().equals(lang)) {
            throw InvalidInput.of("lang", "invalid", "page.error.translationSameLanguage", translated.path());
        }
        requireUntranslated(h, translated, lang);
        return translated.group();
    }

    /** Refuses a second page in one language within {@code page}'s group. */
    private void requireUntranslated(Handle h, StaticPage page, String lang) {
        pages.translations(h, page).stream().filter(other -> other.lang().equals(lang)).findFirst()
                .ifPresent(other -> {
                    throw InvalidInput.of("lang", "invalid", "page.error.translationExists", other.path());
                });
    }

    /** Runs a write; another page that took the address between the check and the write is refused alike. */
    private StaticPage write(PageCheck.Checked c, Supplier<StaticPage> work) {
        try {
            StaticPage written = work.get();
            changes.catchUp();
            return written;
        } catch (UnableToExecuteStatementException e) {
            if (UniqueViolation.causedBy(e)) {
                throw taken(c);
            }
            throw e;
        }
    }

    private static InvalidInput taken(PageCheck.Checked c) {
        return InvalidInput.of("slug", "taken", "page.error.slugTaken", StaticPage.path(c.lang(), c.slug()));
    }

    private PageConflictException conflict(Handle h, long id, long version) {
        return new PageConflictException(id, version, pages.find(h, id).orElse(null));
    }

    /** The audit entry and the change log row of a change, on the change's own transaction. */
    private void record(Handle h, User actor, String action, long id, String detail) {
        Instant now = clock.instant();
        audit.record(h, new AuditEntry(now, actor.id(), actor.email(), action, subject(id), detail));
        changes.append(h, new Event(Kind.PAGE, id, now));
    }

    public static String subject(long id) {
        return "page:" + id;
    }
}
