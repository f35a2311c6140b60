package org.chancery.validation;

import java.util.List;

/**
 * Why one field of a form is not valid, as the bundle key of a message for people and the
 * message's arguments; the form shows it next to the field.
 *
 * @param field the form's name for the field ({@code slug}, {@code clocks[1].zone})
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }
}
