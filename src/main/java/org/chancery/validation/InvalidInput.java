package org.chancery.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Input refused before anything was saved, with every problem found, at most one per field. */
public final class InvalidInput extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, messageKey, List.of(args))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The problems by field name, for forms. */
    public Map<String, FieldProblem> byField() {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, Function.identity()));
    }
}
