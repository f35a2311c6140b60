package org.chancery.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A button of a form with rows (clocks, contact lines, menu links) that changes the rows rather
 * than saving them, so the form works without JavaScript: {@code add=clocks} adds an empty
 * row, {@code remove=clocks:2} removes the third, {@code up=clocks:2} moves it one place up. The
 * form is shown again with the change and everything typed, and nothing is saved until the
 * save button is pressed.
 */
public record RowCommand(Kind kind, String group, int index) {

    public enum Kind { ADD, REMOVE, UP }

    /** The row button pressed, if the form was sent by one. */
    public static Optional<RowCommand> of(Context ctx) {
        for (Kind kind : Kind.values()) {
            String value = ctx.formParam(kind.name().toLowerCase(Locale.ROOT));
            if (value != null) {
                return Optional.of(parse(kind, value));
            }
        }
        return Optional.empty();
    }

    static RowCommand parse(Kind kind, String value) {
        if (kind == Kind.ADD) {
            return new RowCommand(kind, value, -1);
        }
        int colon = value.lastIndexOf(':');
        try {
            return new RowCommand(kind, value.substring(0, Math.max(colon, 0)),
                    Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.400.message");
        }
    }

    /** The rows of {@code group} after this command; other groups' rows come back unchanged. */
    public <T> List<T> apply(String rowsOf, List<T> rows, Supplier<T> blank) {
        if (!group.equals(rowsOf)) {
            return rows;
        }
        List<T> changed = new ArrayList<>(rows);
        switch (kind) {
            case ADD -> changed.add(blank.get());
            case REMOVE -> {
                if (index >= 0 && index < changed.size()) {
                    changed.remove(index);
                }
            }
            case UP -> {
                if (index > 0 && index < changed.size()) {
                    changed.add(index - 1, changed.remove(index));
                }
            }
        }
        return changed;
    }
}
