package dev.schemaforge.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one failure type of reading and resolving schemas. It carries every {@link Problem} found
 * in one pass, so a user fixes all of them at once instead of one per build.
 */
public final class SchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SchemaException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SchemaException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SchemaException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " schema problems:" + problems.stream()
                .map(p -> "\n  " + p)
                .collect(Collectors.joining());
    }
}
