package org.chancery.editor;

/**
 * What was typed into one workflow form (a reason, a time, a replacement address), shown again
 * in that form when the step was refused.
 *
 * @param step the form it was typed into, or null for none
 */
public record ActionInput(EditorStep step, String reason, String at, String replacement) {

    public static ActionInput none() {
        return new ActionInput(null, "", "", "");
    }

    public boolean is(EditorStep s) {
        return step == s;
    }

    public String reasonFor(EditorStep s) {
        return is(s) ? reason : "";
    }
}
