package org.chancery.search;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of a publication in the index. The text fields keep their offsets in the index,
 * so snippets of long bodies are highlighted without analysing the text again. Each speaker of
 * a transcript has a field of their own ({@code said.sergey lavrov}) holding all they said.
 */
final class IndexFields {
    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TYPE = "type";
    /** The year of publication in the mission's home zone. */
    static final String YEAR = "year";
    /** Epoch milliseconds of first publication. */
    static final String PUBLISHED = "published";
    /** Epoch milliseconds of the last change, to tell whether the index is behind the database. */
    static final String UPDATED = "updated";
    static final String TITLE = "title";
    static final String LEAD = "lead";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String PLACE = "place";
    /** Each speaker's key, exactly. */
    static final String SPEAKER = "speaker";

    /** The fields a query without a field name searches, and how much a match in each counts. */
    static final Map<String, Float> TEXT_BOOSTS = Map.of(TITLE, 3f, TAGS, 2f, LEAD, 1.5f, PLACE, 1f, BODY, 1f);

    private static final String SAID = "said.";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private IndexFields() {
    }

    /** The field of everything {@code speaker} said. */
    static String said(String speaker) {
        return SAID + speakerKey(speaker);
    }

    /** The speaker's key of a {@link #said} field, or null for any other field. */
    static String speakerKeyOf(String field) {
        return field.startsWith(SAID) ? field.substring(SAID.length()) : null;
    }

    /** A speaker's name as the index compares it: "Sergey  LAVROV" and "sergey lavrov" are one speaker. */
    static String speakerKey(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
