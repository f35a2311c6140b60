package org.chancery.editor;

import java.util.List;
import org.chancery.publication.Status;

/**
 * A publication's language group as its editor shows it: the original and its translations in any
 * state, and the site's languages none of them is in, each offered a Translate button.
 *
 * @param original whether the publication shown is the group's original
 * @param others   the group's other publications, the original first
 * @param missing  the site's languages the group has no publication in
 */
public record LanguageGroup(boolean original, List<Member> others, List<String> missing) {
    public static final LanguageGroup NONE = new LanguageGroup(true, List.of(), List.of());

    public LanguageGroup {
        others = List.copyOf(others);
        missing = List.copyOf(missing);
    }

    /** One publication of the group; {@code original} when it is the one the others translate. */
    public record Member(long id, String title, String lang, Status status, boolean original) {
        public String editPath() {
            return EditorPaths.edit(id);
        }
    }

    /**
     * The group of publication {@code id} among {@code members} (all of the group, {@code id} too),
     * with the {@code languages} of the site it lacks.
     */
    public static LanguageGroup of(long id, List<Member> members, List<String> languages) {
        List<String> present = members.stream().map(Member::lang).toList();
        return new LanguageGroup(members.stream().anyMatch(m -> m.id() == id && m.original()),
                members.stream().filter(m -> m.id() != id).toList(),
                languages.stream().filter(l -> !present.contains(l)).toList());
    }

    public boolean isEmpty() {
        return others.isEmpty() && missing.isEmpty();
    }
}
