package uk.ppo.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import uk.ppo.common.audit.Actor;
import uk.ppo.common.security.Caller;
import uk.ppo.common.security.Entitlements;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become RFC 9457 problem responses. Nothing here echoes exception
 * classes, SQL or stack traces: unexpected failures are logged with their stack trace and answered
 * with a generic 500 carrying the request id.
 * <p>
 * Over 300 lines because it is the list of every exception the services can meet and its problem, with their
 * priorities; kept in one class so that the order in which they apply reads in one place.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Ahead of the mappers Quarkus ships for the same exceptions.
    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response domain(ProblemException e, HttpServerRequest request) {
        return respond(e.type(), e.getMessage(), e.violations(), request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response validation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return violations(e, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.INVALID_INPUT, detail, violations, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return respond(ProblemType.INVALID_INPUT, describe(e), jsonViolations(e), request);
    }

    /** Quarkus maps this subtype itself; claim it so wrong types and unknown fields are named too. */
    @ServerExceptionMapper(priority = FIRST)
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at " + request.path();
            case METHOD_NOT_ALLOWED -> request.method() + " is not supported on " + request.path();
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json";
            case NOT_ACCEPTABLE -> "The resource cannot produce the media type asked for in Accept";
            case INVALID_INPUT -> "The request could not be read";
            default -> type.title();
        };
        if (status >= 500) {
            LOG.error("Request failed with " + status, e);
        }
        return Response.fromResponse(respond(type, detail, List.of(), request)).status(status).build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        Entitlements.record(refusedActor(), null, "403 " + request.method() + " " + request.path());
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of(), request);
    }

    /** Who was refused, when the request's caller can still be read; else nobody is recorded. */
    private static Actor refusedActor() {
        try (var caller = Arc.container().instance(Caller.class)) {
            return caller.isAvailable() ? Actor.of(caller.get()) : new Actor("unknown", "", null, null, null, null);
        } catch (RuntimeException e) {
            // no request context to read the caller from: the refusal still stands, named as unknown
            return new Actor("unknown", "", null, null, null, null);
        }
    }

    @ServerExceptionMapper(priority = FIRST + 1)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isDatabaseUnavailable(e)) {
            // not a bug in the request or the service: the database is down or restarting; the pool reconnects by itself
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), rootMessage(e));
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database just now; try again shortly", List.of(), request))
                    .header("Retry-After", "5").build();
        }
        if (isIdentityProviderUnavailable(e)) {
            LOG.warnf("Identity provider unavailable on %s %s", request.method(), request.path());
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                            "Tokens cannot be checked just now: the identity provider is unavailable; try again shortly",
                            List.of(), request))
                    .header("Retry-After", "5").build();
        }
        if (isConcurrentUpdate(e)) {
            return respond(ProblemType.CONFLICT, "Someone else changed this record at the same time; read it again and retry",
                    List.of(new Problem.Violation("If-Match", "the record has a newer version")), request);
        }
        if (isUnstorableCharacter(e)) {
            // NUL (or a byte sequence invalid in UTF-8) reached PostgreSQL in a body field; parameters are refused earlier
            return respond(ProblemType.INVALID_INPUT, "The request holds a character that cannot be stored (such as NUL)",
                    List.of(), request);
        }
        if (isUniqueViolation(e)) {
            // two writers raced past a service's duplicate check; the database kept exactly one
            return respond(ProblemType.CONFLICT, "A record with the same identifying values already exists",
                    List.of(), request);
        }
        LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(ProblemType.INTERNAL_ERROR, "The request failed; quote the request id when reporting it",
                List.of(), request);
    }

    /**
     * An optimistic-lock failure from JPA or Hibernate, matched by class name so that modules without
     * JPA (the gateway) need none of it on their class path.
     */
    static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                String name = c.getName();
                if (name.equals("jakarta.persistence.OptimisticLockException") || name.equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The database cannot be reached: a connection failure (SQLSTATE class 08, e.g. connection refused
     * or broken), the server shutting down or starting (class 57P), or Hibernate's connection exception,
     * anywhere in the cause chain. Matched by SQLSTATE and class name, so modules without JDBC need none of it.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return hasSqlState(e, state -> state.startsWith("08") || state.startsWith("57P"))
                || causedBy(e, "org.hibernate.exception.JDBCConnectionException");
    }

    /** Quarkus OIDC could not reach the identity provider (e.g. to fetch its keys for the first time). */
    static boolean isIdentityProviderUnavailable(Throwable e) {
        return causedBy(e, "io.quarkus.oidc.OIDCException");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** PostgreSQL's unique_violation (SQLSTATE 23505) anywhere in the cause chain. */
    /** PostgreSQL refused a character in text: SQLSTATE 22021 (invalid byte sequence, NUL) or 22P05 (untranslatable). */
    static boolean isUnstorableCharacter(Throwable e) {
        return hasSqlState(e, state -> state.equals("22021") || state.equals("22P05"));
    }

    static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, "23505"::equals);
    }

    /** Some SQLException in the cause chain has a SQLSTATE that {@code state} accepts. */
    private static boolean hasSqlState(Throwable e, Predicate<String> state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Some exception in the cause chain is of the named class (by name: the class may not be on this module's class path). */
    private static boolean causedBy(Throwable e, String className) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private Response unauthenticated(HttpServerRequest request) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token from the ppo realm is required", List.of(), request))
                .header("WWW-Authenticate", "Bearer realm=\"ppo\"").build();
    }

    private static Response respond(ProblemType type, String detail, List<Problem.Violation> violations,
                                    HttpServerRequest request) {
        Problem problem = type.problem(detail, request.path(), RequestIds.current(request), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of the invalid value: bean property nodes, else the parameter name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                boolean element = node.getName() == null || node.getName().startsWith("<");
                if (element && node.getIndex() != null) {
                    // an element of a list: attendingAgencies[0]
                    field.append('[').append(node.getIndex()).append(']');
                    continue;
                }
                if (element && node.getKey() != null) {
                    // a value of a map: victimPoints.ELDERLY
                    field.append('.').append(node.getKey());
                    continue;
                }
                if (element) {
                    continue;
                }
                if (node.isInIterable() && node.getIndex() != null) {
                    // a property of a list element: offences[2].offenceDate
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.isInIterable() && node.getKey() != null) {
                    // a property of a map value: categories.BURGLARY_DWELLING_SERIES.multiplier
                    field.append('.').append(node.getKey());
                }
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static List<Problem.Violation> jsonViolations(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return List.of(new Problem.Violation(pathOf(mapping), messageOf(e)));
        }
        return List.of(new Problem.Violation("body", messageOf(e)));
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return pathOf(mapping) + ": " + messageOf(e);
        }
        return "body: " + messageOf(e);
    }

    private static String messageOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                List<String> allowed = new ArrayList<>();
                for (Object constant : target.getEnumConstants()) {
                    allowed.add(((Enum<?>) constant).name());
                }
                return "must be one of " + String.join(", ", allowed);
            }
            return "has the wrong format" + expected(target);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "has the wrong type or format";
        }
        var location = e.getLocation();
        return location == null ? "is not valid JSON"
                : "is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> " (expected an ISO date, YYYY-MM-DD)";
            case "Instant" -> " (expected an ISO instant in UTC, e.g. 2025-01-31T20:15:00Z)";
            case "YearMonth" -> " (expected YYYY-MM)";
            case "UUID" -> " (expected a UUID)";
            case "Integer", "int", "Long", "long" -> " (expected a whole number)";
            case "BigDecimal", "Double", "double" -> " (expected a number)";
            case "Boolean", "boolean" -> " (expected true or false)";
            default -> "";
        };
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
