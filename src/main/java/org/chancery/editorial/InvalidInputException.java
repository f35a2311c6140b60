package org.chancery.editorial;

import java.util.List;

/** Input with fields that are not valid; every problem found is listed, one per field. */
public final class InvalidInputException extends EditorialException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(Kind.INVALID, summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String detail) {
        return new InvalidInputException(List.of(new FieldError(field, code, detail)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).detail()
                : errors.size() + " fields are not valid";
    }
}
