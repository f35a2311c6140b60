package org.chancery.editorial;

/**
 * What an editor says about a save. On a publication readers can see, a save needs a change
 * note, shown publicly as a correction, unless it is marked minor (a typo, a broken link).
 *
 * @param changeNote may be empty
 */
public record EditNote(String changeNote, boolean minor) {

    public EditNote {
        changeNote = changeNote == null ? "" : changeNote.strip();
    }

    public static EditNote none() {
        return new EditNote("", false);
    }

    public boolean isPublicCorrection() {
        return !minor && !changeNote.isEmpty();
    }
}
