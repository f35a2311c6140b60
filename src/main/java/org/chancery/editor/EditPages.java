package org.chancery.editor;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.account.User;
import org.chancery.admin.AdminPages;
import org.chancery.content.Paths;
import org.chancery.editorial.DiffRow;
import org.chancery.editorial.EditorialException;
import org.chancery.editorial.EditorialItem;
import org.chancery.editorial.EditorialReads;
import org.chancery.editorial.EditorialService;
import org.chancery.editorial.RevisionSummary;
import org.chancery.editorial.VersionConflictException;
import org.chancery.editorial.Workflow;
import org.chancery.publication.Publication;
import org.chancery.validation.InvalidInput;
import org.chancery.web.FieldMessages;
import org.chancery.web.HttpError;
import org.chancery.web.Localizer;

/**
 * Builds and shows the editor's page of a publication for the handlers that end on it: as saved,
 * or with what a refused request brought back, so that nothing typed is ever lost.
 */
public final class EditPages {
    static final String TEMPLATE = "editor/edit.jte";

    private final EditorialService editorial;
    private final EditorialReads reads;
    private final EditorQueries queries;
    private final AdminPages admin;
    private final Function<String, Localizer> localizers;
    private final PreviewService previews;
    private final List<String> languages;
    private final Supplier<ZoneId> homeZone;

    public EditPages(EditorialService editorial, EditorialReads reads, EditorQueries queries, AdminPages admin,
            Function<String, Localizer> localizers, PreviewService previews, List<String> languages,
            Supplier<ZoneId> homeZone) {
        this.editorial = editorial;
        this.reads = reads;
        this.queries = queries;
        this.admin = admin;
        this.localizers = localizers;
        this.previews = previews;
        this.languages = List.copyOf(languages);
        this.homeZone = homeZone;
    }

    Localizer t() {
        return admin.localizer();
    }

    EditorialItem item(long id) {
        return reads.find(id).orElseThrow(HttpError::notFound);
    }

    EditPage blank() {
        return new EditPage(null, EditorForm.blank(languages.get(0)), 0, null, Set.of(), languages,
                LanguageGroup.NONE, homeZone.get(), FieldMessages.none(), null, null, ActionInput.none(), null, false);
    }

    /** The page of {@code item} as saved, with the actions {@code user} may take on it. */
    EditPage of(User user, EditorialItem item) {
        return new EditPage(item.id(), EditorForm.of(item), item.version(), state(item),
                editorial.allowed(user, item), languages,
                LanguageGroup.of(item.id(), queries.group(item.id()), languages), homeZone.get(), FieldMessages.none(),
                null, null, ActionInput.none(), null, false);
    }

    Preview preview(EditorForm form, EditorialItem saved) {
        var article = previews.preview(form, saved);
        return new Preview(localizers.apply(article.publication().lang()), article);
    }

    /** The preview alone, for the editor's script to put in its pane. */
    void fragment(Context ctx, Preview preview) {
        admin.render(ctx, "editor/preview.jte", preview);
    }

    void show(Context ctx, int status, EditPage page) {
        ctx.status(status);
        admin.render(ctx, TEMPLATE, page);
    }

    /**
     * Shows {@code page} again after {@code e} refused {@code step}: the fields' messages beside
     * them, someone else's changes beside the form's, or why, with the status that says so.
     */
    void refused(Context ctx, EditPage page, RuntimeException e, EditorStep step) {
        Localizer t = t();
        Refusal refusal = Refusal.of(t, e, step, page.state() == null ? null : page.state().status());
        EditPage shown = page.withNotice(new EditPage.Notice(refusal.message(), true));
        if (e instanceof InvalidInput invalid) {
            shown = shown.withErrors(FieldMessages.of(t, invalid.problems()));
        } else if (e instanceof EditorialException refused && refused.kind() == EditorialException.Kind.TOO_LARGE) {
            shown = shown.withErrors(new FieldMessages(Map.of("body", List.of(refusal.message()))));
        }
        show(ctx, refusal.status(), shown);
    }

    /** The page as it now stands after someone else's save, holding the form as typed, to be saved over theirs. */
    EditPage conflict(User user, VersionConflictException e, EditorForm yours) {
        EditorialItem current = e.current();
        List<RevisionSummary> history = reads.revisions(current.id());
        RevisionSummary last = history.isEmpty() ? null : history.get(history.size() - 1);
        List<Conflict.Change> changes = e.changes().stream()
                .map(c -> new Conflict.Change(c.field(), c.before(), c.after(), yours.value(c.field())))
                .toList();
        List<DiffRow> body = e.changes().stream().anyMatch(c -> c.field().equals("body"))
                ? reads.compareLines(current.publication().body(), yours.body())
                : List.of();
        String savedBy = last == null || last.authorId() == null ? null : queries.staffNames().get(last.authorId());
        var conflict = new Conflict(current.version(), current.status(), savedBy, last == null ? null : last.at(),
                changes, body);
        return of(user, current).withForm(yours, current.version()).withConflict(conflict);
    }

    private ItemState state(EditorialItem item) {
        Publication p = item.publication();
        Workflow w = item.workflow();
        Map<Long, String> names = queries.staffNames();
        Workflow.ForcePublish f = w.forcePublish();
        ItemState.Force force = f == null ? null : new ItemState.Force(f.reason(), names.get(f.by()),
                f.approvedBy() == null ? null : names.get(f.approvedBy()), f.awaitingApproval());
        String path = Paths.publication(p.lang(), p.id(), p.slug());
        return new ItemState(p.status(), item.isPublic() ? path : null,
                w.authorId() == null ? null : names.get(w.authorId()), p.updatedAt(), p.publishedAt(),
                w.scheduledAt(), force, w.withdrawal() == null ? null : w.withdrawal().at(),
                w.withdrawal() == null ? null : w.withdrawal().reason(), w.replacementUrl());
    }
}
