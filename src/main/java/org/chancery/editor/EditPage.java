package org.chancery.editor;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.chancery.editorial.EditorialAction;
import org.chancery.web.FieldMessages;

/**
 * The editor of one publication ({@code editor/edit.jte}): the form as typed or as saved, the
 * publication's state and the actions the user may take on it, and whatever the last request
 * brought back: field messages, a notice, a conflict with someone else's save, a preview.
 *
 * @param id          null for a publication not yet created
 * @param version     the version the form was begun on; a save names it
 * @param state       null for a publication not yet created
 * @param group       its original, its translations and the languages it lacks; empty for a new one
 * @param zone        the site's home zone, in which times are shown and the schedule is read
 * @param notice      what was just done, or why it was refused; null for none
 * @param conflict    someone else's save since {@code version}; null for none
 * @param actionInput what was typed in a workflow form that was refused
 * @param preview     the page as readers would see it; null until asked for
 * @param unsaved     the form shows input that was not saved (a refused save, a preview): the
 *                    workflow's steps wait until it is saved, so that none of it is left behind
 */
public record EditPage(
        Long id,
        EditorForm form,
        long version,
        ItemState state,
        Set<EditorialAction> actions,
        List<String> languages,
        LanguageGroup group,
        ZoneId zone,
        FieldMessages errors,
        Notice notice,
        Conflict conflict,
        ActionInput actionInput,
        Preview preview,
        boolean unsaved) {

    public EditPage {
        actions = Set.copyOf(actions);
        languages = List.copyOf(languages);
    }

    /** A notice at the top of the page: a step done, or a refusal. */
    public record Notice(String message, boolean refusal) {
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean editable() {
        return id == null || actions.contains(EditorialAction.EDIT);
    }

    public boolean can(EditorialAction action) {
        return actions.contains(action);
    }

    /** Whether any workflow step (beyond editing) is open to the user. */
    public boolean hasSteps() {
        return actions.stream().anyMatch(a -> a != EditorialAction.EDIT);
    }

    /** Readers can see the publication, so a save needs a change note or the minor mark. */
    public boolean asksForNote() {
        return state != null && state.isPublic();
    }

    /** Where a translation into another language is started. */
    public String translatePath() {
        return EditorPaths.translate(id);
    }

    /** Where the form is saved. */
    public String saveAction() {
        return id == null ? EditorPaths.LIST : EditorPaths.item(id);
    }

    /** The path of a workflow step's form. */
    public String stepAction(EditorStep step) {
        return EditorPaths.item(id) + "/" + step.code();
    }

    public String revisionsPath() {
        return EditorPaths.revisions(id);
    }

    /** The page holding input that was not saved, begun on version {@code v}. */
    public EditPage withForm(EditorForm f, long v) {
        return new EditPage(id, f, v, state, actions, languages, group, zone, errors, notice, conflict, actionInput, preview,
                true);
    }

    public EditPage withErrors(FieldMessages e) {
        return new EditPage(id, form, version, state, actions, languages, group, zone, e, notice, conflict, actionInput,
                preview, unsaved);
    }

    public EditPage withNotice(Notice n) {
        return new EditPage(id, form, version, state, actions, languages, group, zone, errors, n, conflict, actionInput,
                preview, unsaved);
    }

    public EditPage withConflict(Conflict c) {
        return new EditPage(id, form, version, state, actions, languages, group, zone, errors, notice, c, actionInput,
                preview, unsaved);
    }

    public EditPage withActionInput(ActionInput a) {
        return new EditPage(id, form, version, state, actions, languages, group, zone, errors, notice, conflict, a, preview,
                unsaved);
    }

    public EditPage withPreview(Preview p) {
        return new EditPage(id, form, version, state, actions, languages, group, zone, errors, notice, conflict, actionInput,
                p, unsaved);
    }
}
