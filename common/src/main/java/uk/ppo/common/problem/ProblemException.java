package uk.ppo.common.problem;

import java.util.List;

/**
 * A domain failure with a known problem type: thrown by services, turned into problem+json in one
 * place ({@link ProblemMappers}).
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A conflict caused by one field's value, e.g. a duplicate code. */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(ProblemType.CONFLICT, field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.INVALID_INPUT, field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
