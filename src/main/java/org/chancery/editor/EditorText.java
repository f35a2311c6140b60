package org.chancery.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.publication.Status;

/**
 * The bundle keys the editor composes at run time (a step's notice, a field's label or message,
 * a status's name), which no scan of literal keys finds: the bundle check asks for these.
 */
public final class EditorText {
    /** The content fields the editorial comparisons name, each with a label. */
    static final List<String> FIELDS = List.of("type", "language", "title", "lead", "place", "eventDate", "featured",
            "seriesKey", "seriesPart", "speakers", "tags", "body");

    private EditorText() {
    }

    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(EditorStep.values()).forEach(s -> keys.addAll(List.of(s.doneKey(), s.ruleKey())));
        Arrays.stream(Status.values()).map(Status::labelKey).forEach(keys::add);
        FIELDS.forEach(f -> keys.add("editor.field." + f));
        // the editorial service names a list's entry on several lines by the list: editor.error.<list>.invalid
        keys.addAll(List.of("editor.error.speakers.invalid", "editor.error.tags.invalid"));
        return List.copyOf(keys);
    }
}
