package org.chancery.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Characters no stored text may hold: the C0 controls but tab, line feed and carriage return
 * (U+0000 to U+001F), the non-characters U+FFFE and U+FFFF, and surrogates that are not part of a
 * pair. XML 1.0 cannot carry any of them, so one in a title made every feed of its language fail;
 * PostgreSQL refuses U+0000 in text outright. Input is refused with {@link #problem}; what is
 * written as XML passes through {@link #strip}, so text stored before the check cannot break it.
 */
public final class ControlCharacters {
    /** The bundle key of the refusal; its arguments are the field, the character ({@code U+0001}) and its position from 1. */
    public static final String MESSAGE_KEY = "form.error.controlCharacter";

    private ControlCharacters() {
    }

    /** The index of the first character that may not be stored, or -1 when there is none. */
    public static int indexIn(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xd800 && !allowedFrom(text, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return -1;
    }

    /** Whether the text (null counts as clean) holds no character that may not be stored. */
    public static boolean isClean(CharSequence text) {
        return indexIn(text) < 0;
    }

    /** The refusal of {@code field} when its value holds such a character; empty when it is clean. */
    public static Optional<FieldProblem> problem(String field, String value) {
        int at = indexIn(value);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(FieldProblem.of(field, "control-character", MESSAGE_KEY, field, name(value.charAt(at)),
                at + 1));
    }

    /** Adds the refusal of each named field whose value is not clean; values may be null. */
    public static void check(List<FieldProblem> problems, String field, String value) {
        problem(field, value).ifPresent(problems::add);
    }

    /** Throws {@link InvalidInput} naming {@code field} when its value is not clean. */
    public static void refuse(String field, String value) {
        problem(field, value).ifPresent(p -> {
            throw new InvalidInput(List.of(p));
        });
    }

    /** The text without the characters that may not be stored: for XML written from what is already stored. */
    public static String strip(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int at = indexIn(text.subSequence(i, text.length()));
            if (at < 0) {
                kept.append(text, i, text.length());
                break;
            }
            kept.append(text, i, i + at);
            i += at + 1;
        }
        return kept.toString();
    }

    /** From U+D800 up: a surrogate only as half of a pair in its order; U+FFFE and U+FFFF never. */
    private static boolean allowedFrom(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) && c != 0xfffe && c != 0xffff;
    }

    private static String name(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
