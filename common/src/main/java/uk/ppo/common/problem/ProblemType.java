package uk.ppo.common.problem;

/** The kinds of problem the suite reports; {@link #uri()} is the stable {@code type} member. */
public enum ProblemType {
    INVALID_INPUT(400, "Invalid input"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    BAD_GATEWAY(502, "Bad gateway"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:ppo:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type for a status code, or {@link #INTERNAL_ERROR} for statuses the suite does not name. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 400 && status < 500 ? INVALID_INPUT : INTERNAL_ERROR;
    }

    public Problem problem(String detail, String instance, String requestId, java.util.List<Problem.Violation> violations) {
        return new Problem(uri(), title, status, detail, instance, requestId, violations);
    }
}
