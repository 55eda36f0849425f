package uk.ppo.gateway.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import uk.ppo.common.problem.HttpFailures;
import uk.ppo.common.problem.ProblemType;
import uk.ppo.gateway.routing.ComposedCalls;
import uk.ppo.gateway.routing.ComposedCalls.Outcome;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/offenders/{id}/summary}: one view for a case conference, composed from
 * offender-service (person, strand, status, review dates), scoring-service (latest score with its
 * explanation) and action-plan-service (open actions of the person's active plans). The three calls
 * go out at once with the caller's token, so each service applies its own access rules and audit.
 * A section whose service fails or does not answer within the budget is {@code available: false};
 * the person not existing (or not visible to the caller) is 404, as offender-service says.
 */
@Singleton
public class CaseSummary {

    private static final String VIEW = "summary";
    /** The summary's path, its offender id in the group {@code id}. */
    public static final String PATH_REGEX = "/api/v1/offenders/(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/summary";
    private final ComposedCalls calls;
    private final SummaryConfig config;
    private final ObjectMapper mapper;
    private final HttpFailures failures;

    CaseSummary(ComposedCalls calls, SummaryConfig config, ObjectMapper mapper, HttpFailures failures) {
        this.calls = calls;
        this.config = config;
        this.mapper = mapper;
        this.failures = failures;
    }

    public void handle(RoutingContext rc, String id) {
        if (!"GET".equals(rc.request().method().name())) {
            failures.send(rc, ProblemType.METHOD_NOT_ALLOWED, "The summary is read-only: GET it", List.of());
            return;
        }
        MultiMap headers = calls.headers(rc);
        Future<Outcome> person = calls.get(VIEW, "offender", "/api/v1/offenders/" + id, headers, config.budget());
        Future<Outcome> score = calls.get(VIEW, "scoring", "/api/v1/scoring/people/" + id + "/scores/latest", headers, config.budget());
        Future<Outcome> actions = calls.get(VIEW, "action-plan", "/api/v1/ppo-plans?offenderId=" + id + "&status=ACTIVE&size=100", headers,
                config.budget());
        Future.join(person, score, actions).onComplete(done -> respond(rc, id, person.result(), score.result(), actions.result()));
    }

    private void respond(RoutingContext rc, String id, Outcome person, Outcome score, Outcome actions) {
        if (rc.response().ended()) {
            return;
        }
        // The person's own service decides whether the caller may know the person exists.
        if (person.failure() == null && (person.status() == 401 || person.status() == 403 || person.status() == 404)) {
            ProblemType type = ProblemType.forStatus(person.status());
            String detail = switch (type) {
                case NOT_FOUND -> "No offender " + id;
                case FORBIDDEN -> "Your role does not allow this operation";
                default -> "A valid bearer token from the ppo realm is required";
            };
            failures.send(rc, type, detail, List.of());
            return;
        }
        ObjectNode summary = mapper.createObjectNode();
        summary.put("offenderId", id);
        summary.put("composedAt", Instant.now().toString());
        summary.set("person", personSection(person));
        summary.set("score", scoreSection(score));
        summary.set("actions", actionsSection(actions));
        rc.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(summary.toString());
    }

    private ObjectNode unavailable(Outcome outcome) {
        ObjectNode section = mapper.createObjectNode();
        section.put("available", false);
        if (outcome.failure() != null) {
            section.put("reason", outcome.failure());
        } else if (outcome.status() == 403) {
            section.put("reason", outcome.service() + "-service does not allow your role to see this");
        } else {
            section.put("reason", outcome.service() + "-service answered " + outcome.status());
        }
        return section;
    }

    private ObjectNode personSection(Outcome person) {
        if (!person.ok() || person.body() == null) {
            return unavailable(person);
        }
        JsonNode p = person.body();
        ObjectNode section = mapper.createObjectNode();
        section.put("available", true);
        for (String field : List.of("pncId", "firstName", "lastName", "dateOfBirth", "scheme", "status", "strand", "listedFor",
                "leadOfficer", "offenderManager", "flags", "selectedOn", "lastReviewedOn", "nextReviewDue")) {
            if (p.has(field)) {
                section.set(field, p.get(field));
            }
        }
        return section;
    }

    private ObjectNode scoreSection(Outcome score) {
        ObjectNode section = mapper.createObjectNode();
        if (score.failure() == null && score.status() == 404) {
            section.put("available", true);
            section.put("scored", false);
            return section;
        }
        if (!score.ok() || score.body() == null || !score.body().isObject()) {
            return unavailable(score);
        }
        section.put("available", true);
        section.put("scored", true);
        section.setAll((ObjectNode) score.body());
        return section;
    }

    private ObjectNode actionsSection(Outcome actions) {
        if (!actions.ok() || actions.body() == null) {
            return unavailable(actions);
        }
        ObjectNode section = mapper.createObjectNode();
        section.put("available", true);
        ArrayNode open = section.putArray("open");
        for (JsonNode plan : actions.body().path("items")) {
            for (JsonNode action : plan.path("actions")) {
                if ("OPEN".equals(action.path("status").asText())) {
                    ObjectNode item = open.addObject();
                    item.put("planId", plan.path("id").asText());
                    item.set("planKind", plan.path("kind"));
                    for (String field : List.of("id", "area", "agency", "text", "due", "raisedAtConference")) {
                        if (action.has(field)) {
                            item.set(field, action.get(field));
                        }
                    }
                }
            }
        }
        return section;
    }
}
