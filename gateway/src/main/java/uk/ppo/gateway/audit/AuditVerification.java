package uk.ppo.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import uk.ppo.common.problem.HttpFailures;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.common.security.Roles;
import uk.ppo.gateway.routing.ComposedCalls;
import uk.ppo.gateway.routing.ComposedCalls.Outcome;
import uk.ppo.gateway.routing.GatewayConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code GET /api/v1/audit/verification}: every service's audit hash chain checked at once, each by the service
 * itself (its own {@code /api/v1/audit/verification}, with the caller's token), for auditors. The suite's trail
 * is intact only when every service answered and reported its chain intact: a service that fails, does not
 * answer within the budget or answers anything but its report counts as not intact, and says why.
 */
@Singleton
public class AuditVerification {

    public static final String PATH = "/api/v1/audit/verification";
    private static final String VIEW = "audit verification";
    private final ComposedCalls calls;
    private final GatewayConfig gateway;
    private final AuditVerificationConfig config;
    private final ObjectMapper mapper;
    private final HttpFailures failures;

    AuditVerification(ComposedCalls calls, GatewayConfig gateway, AuditVerificationConfig config, ObjectMapper mapper,
                      HttpFailures failures) {
        this.calls = calls;
        this.gateway = gateway;
        this.config = config;
        this.mapper = mapper;
        this.failures = failures;
    }

    public void handle(RoutingContext rc, SecurityIdentity caller) {
        if (!"GET".equals(rc.request().method().name())) {
            failures.send(rc, ProblemType.METHOD_NOT_ALLOWED, "The verification is read-only: GET it", List.of());
            return;
        }
        // each service checks the role too; the gateway does not fan a call out for a caller none would answer
        if (!caller.hasRole(Roles.AUDITOR)) {
            failures.send(rc, ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of());
            return;
        }
        MultiMap headers = calls.headers(rc);
        // alphabetical, so the report lists the services in the same order every time
        List<Future<Outcome>> answers = new TreeSet<>(gateway.services().keySet()).stream()
                .map(service -> calls.get(VIEW, service, PATH, headers, config.budget())).toList();
        Future.join(new ArrayList<>(answers)).onComplete(done -> respond(rc, answers.stream().map(Future::result).toList()));
    }

    private void respond(RoutingContext rc, List<Outcome> outcomes) {
        if (rc.response().ended()) {
            return;
        }
        ObjectNode report = mapper.createObjectNode();
        ArrayNode services = mapper.createArrayNode();
        boolean intact = true;
        for (Outcome outcome : outcomes) {
            ObjectNode entry = section(outcome);
            intact &= entry.path("intact").asBoolean(false);
            services.add(entry);
        }
        report.put("intact", intact);
        report.put("checkedAt", Instant.now().toString());
        report.set("services", services);
        rc.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(report.toString());
    }

    private ObjectNode section(Outcome outcome) {
        ObjectNode entry = mapper.createObjectNode();
        entry.put("service", outcome.service() + "-service");
        JsonNode body = outcome.body();
        if (outcome.ok() && body != null && body.path("intact").isBoolean()
                && body.path("rowsChecked").canConvertToLong()) {
            entry.put("reachable", true);
            entry.put("rowsChecked", body.path("rowsChecked").asLong());
            entry.put("intact", body.path("intact").asBoolean());
            entry.set("firstBreak", body.path("firstBreak").isObject() ? body.get("firstBreak") : null);
            entry.set("checkedAt", body.get("checkedAt"));
            return entry;
        }
        entry.put("reachable", false);
        entry.put("intact", false);
        entry.put("reason", outcome.failure() != null ? outcome.failure()
                : outcome.service() + "-service answered " + outcome.status() + " instead of its report");
        return entry;
    }
}
