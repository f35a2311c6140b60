package org.chancery.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why one field of the input was refused: the one vocabulary of the editing forms, the API and
 * the command line. Forms show {@code messageKey} from the site's bundles beside the field; the
 * API and the command line give the same key's English sentence from {@link Details}.
 *
 * @param field      the input's name for the field ({@code title}, {@code speakers[2]}, {@code clocks[1].zone})
 * @param code       a stable word for the kind of problem ({@code required}, {@code too-long}, {@code unknown},
 *                   {@code invalid}), for clients that word their own messages
 * @param messageKey the bundle key of the message for people
 * @param args       the message's arguments
 */
public record FieldProblem(String field, String code, String messageKey, List<Object> args) {

    public FieldProblem {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static FieldProblem of(String field, String code, String messageKey, Object... args) {
        return new FieldProblem(field, code, messageKey, Arrays.asList(args));
    }

    /** The English sentence for API clients and the command line. */
    public String detail() {
        return Details.of(this);
    }
}
