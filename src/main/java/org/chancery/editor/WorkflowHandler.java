package org.chancery.editor;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.chancery.account.User;
import org.chancery.admin.Auth;
import org.chancery.editorial.EditorialException;
import org.chancery.editorial.EditorialService;
import org.chancery.validation.InvalidInput;

/**
 * The workflow's buttons on the editor page, one small form each: submit, publish, force-publish
 * (with a reason), approve a force-publish, schedule (a time in the home zone), withdraw (with a
 * reason) and unpublish (optionally to a replacement address). EditorialService decides; a
 * refusal shows the editor page with the reason and what was typed in the form.
 */
public final class WorkflowHandler {
    private final EditorialService editorial;
    private final EditPages pages;
    private final Auth auth;
    private final Supplier<ZoneId> homeZone;

    public WorkflowHandler(EditorialService editorial, EditPages pages, Auth auth, Supplier<ZoneId> homeZone) {
        this.editorial = editorial;
        this.pages = pages;
        this.auth = auth;
        this.homeZone = homeZone;
    }

    /** One step on the publication in the path. */
    private interface Step {
        void run(User user, long id);
    }

    public void submit(Context ctx) {
        act(ctx, EditorStep.SUBMIT, ActionInput.none(), editorial::submit);
    }

    public void publish(Context ctx) {
        act(ctx, EditorStep.PUBLISH, ActionInput.none(), editorial::publish);
    }

    public void forcePublish(Context ctx) {
        String reason = field(ctx, "reason");
        act(ctx, EditorStep.FORCE_PUBLISH, new ActionInput(EditorStep.FORCE_PUBLISH, reason, "", ""),
                (user, id) -> editorial.forcePublish(user, id, reason));
    }

    public void approve(Context ctx) {
        act(ctx, EditorStep.APPROVE, ActionInput.none(), editorial::approveForcePublish);
    }

    public void schedule(Context ctx) {
        String at = field(ctx, "at");
        act(ctx, EditorStep.SCHEDULE, new ActionInput(EditorStep.SCHEDULE, "", at, ""),
                (user, id) -> editorial.schedule(user, id, instant(at, homeZone.get())));
    }

    public void withdraw(Context ctx) {
        String reason = field(ctx, "reason");
        act(ctx, EditorStep.WITHDRAW, new ActionInput(EditorStep.WITHDRAW, reason, "", ""),
                (user, id) -> editorial.withdraw(user, id, reason));
    }

    public void unpublish(Context ctx) {
        String replacement = field(ctx, "replacement");
        act(ctx, EditorStep.UNPUBLISH, new ActionInput(EditorStep.UNPUBLISH, "", "", replacement),
                (user, id) -> editorial.unpublish(user, id, replacement));
    }

    private void act(Context ctx, EditorStep step, ActionInput input, Step action) {
        User user = auth.user(ctx);
        long id = EditorParams.id(ctx);
        try {
            action.run(user, id);
            EditHandler.done(ctx, id, step);
        } catch (EditorialException | InvalidInput e) {
            pages.refused(ctx, pages.of(user, pages.item(id)).withActionInput(input), e, step);
        }
    }

    /**
     * A {@code datetime-local} value ({@code 2020-05-27T09:00}) read as a time in the home zone;
     * empty is no time at all, which the service refuses as missing.
     */
    static Instant instant(String text, ZoneId zone) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("at", "invalid", "editor.error.at.invalid");
        }
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
