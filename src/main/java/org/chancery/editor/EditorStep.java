package org.chancery.editor;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the editor's pages do to a publication. Each has a code for its route and its
 * "done" notice ({@code ?done=publish} after a redirect), and words for both outcomes.
 */
public enum EditorStep {
    CREATE("create"),
    SAVE("save"),
    RESTORE("restore"),
    SUBMIT("submit"),
    PUBLISH("publish"),
    FORCE_PUBLISH("force-publish"),
    APPROVE("approve"),
    SCHEDULE("schedule"),
    WITHDRAW("withdraw"),
    UNPUBLISH("unpublish");

    private final String code;

    EditorStep(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bundle key of the notice once it is done. */
    public String doneKey() {
        return "editor.done." + code;
    }

    /** The bundle key of the refusal when a workflow rule forbids it (a second person is needed). */
    public String ruleKey() {
        return this == APPROVE ? "editor.refused.rule.approve" : "editor.refused.rule.review";
    }

    public static Optional<EditorStep> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
