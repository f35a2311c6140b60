package org.chancery.editor;

import org.chancery.editorial.EditorialException;
import org.chancery.publication.Status;
import org.chancery.validation.InvalidInput;
import org.chancery.web.HttpError;
import org.chancery.web.Localizer;

/**
 * An editorial refusal as the editor's page shows it: the status to answer with and a sentence
 * saying why, in the press office's words. A publication that does not exist is a 404 page.
 */
public record Refusal(int status, String message) {

    /** Invalid fields are a 422; each kind of editorial rule has its own status. */
    static Refusal of(Localizer t, RuntimeException refusal, EditorStep step, Status current) {
        if (refusal instanceof InvalidInput) {
            return new Refusal(422, t.text("editor.error.summary"));
        }
        EditorialException e = (EditorialException) refusal;
        return switch (e.kind()) {
            case NOT_FOUND -> throw HttpError.notFound();
            case ROLE -> new Refusal(403, step == EditorStep.SAVE || step == EditorStep.RESTORE
                    ? t.text("editor.refused.role.edit") : t.text("editor.refused.role"));
            case RULE -> new Refusal(403, t.text(step.ruleKey()));
            case STATE -> new Refusal(409, t.text("editor.refused.state", t.text(current.labelKey())));
            case TOO_LARGE -> new Refusal(413, t.text("editor.refused.tooLarge"));
            case VERSION -> new Refusal(409, t.text("editor.conflict.intro"));
        };
    }
}
