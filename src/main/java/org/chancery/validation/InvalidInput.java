package org.chancery.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused before anything was saved, with every problem found, at most one per field. The
 * message is the problems' English sentences on one line, as the command line prints it.
 */
public class InvalidInput extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::detail).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String code, String messageKey, Object... args) {
        return new InvalidInput(List.of(FieldProblem.of(field, code, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
