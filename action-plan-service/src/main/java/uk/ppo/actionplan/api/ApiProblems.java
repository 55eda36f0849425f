package uk.ppo.actionplan.api;

/**
 * Names of the problem responses every operation refers to ({@code @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND,
 * description = "No such plan")}); each is declared once, with its application/problem+json content, in this package's
 * {@code package-info}. A short name is expanded to {@code #/components/responses/<name>}.
 */
public final class ApiProblems {

    public static final String INVALID = "InvalidRequest";
    public static final String UNAUTHENTICATED = "NoValidToken";
    public static final String FORBIDDEN = "RoleNotAllowed";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String STALE = "PreconditionFailed";
    public static final String UNAVAILABLE = "DependencyUnavailable";

    private ApiProblems() {
    }
}
