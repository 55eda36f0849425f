package uk.ppo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode doc(String path, String operationId, String problemField) throws Exception {
        return mapper.readTree("""
                {"openapi":"3.1.0","paths":{"%s":{"get":{"operationId":"%s","responses":{"400":{"description":"bad",
                  "content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{"Problem":{"type":"object","properties":{"%s":{"type":"string"}}},
                   "Shared":{"type":"string"}}}}""".formatted(path, operationId, problemField));
    }

    @Test
    void clashingSchemasAreRenamedWithTheirReferencesAndIdenticalOnesShared() throws Exception {
        JsonNode merged = new OpenApiMerger(mapper).merge(List.of(
                new OpenApiMerger.Source("offender", doc("/api/v1/schemes", "list", "detail"), p -> p.startsWith("/api/v1/schemes")),
                new OpenApiMerger.Source("action-plan", doc("/api/v1/plans", "list", "title"), p -> p.startsWith("/api/v1/plans"))),
                "http://kc/realms/ppo/.well-known/openid-configuration");
        JsonNode schemas = merged.path("components").path("schemas");
        assertTrue(schemas.path("Problem").path("properties").has("detail"));
        assertTrue(schemas.path("ActionPlanProblem").path("properties").has("title"));
        assertFalse(schemas.has("ActionPlanShared"));
        assertEquals("#/components/schemas/Problem", merged.at("/paths/~1api~1v1~1schemes/get/responses/400/content/application~1problem+json/schema/$ref").asText());
        assertEquals("#/components/schemas/ActionPlanProblem", merged.at("/paths/~1api~1v1~1plans/get/responses/400/content/application~1problem+json/schema/$ref").asText());
        // operation ids stay unique
        assertEquals("list", merged.at("/paths/~1api~1v1~1schemes/get/operationId").asText());
        assertEquals("action-planList", merged.at("/paths/~1api~1v1~1plans/get/operationId").asText());
        // security and gateway errors on every operation
        assertTrue(merged.at("/paths/~1api~1v1~1plans/get/security/0").has("keycloak"));
        assertEquals("#/components/responses/TooManyRequests", merged.at("/paths/~1api~1v1~1plans/get/responses/429/$ref").asText());
        assertEquals("bad", merged.at("/paths/~1api~1v1~1plans/get/responses/400/description").asText());
    }

    @Test
    void pathsAServiceDoesNotOwnThroughTheGatewayAreLeftOut() throws Exception {
        JsonNode merged = new OpenApiMerger(mapper).merge(List.of(
                new OpenApiMerger.Source("offender", doc("/q/internal", "x", "detail"), p -> p.startsWith("/api/v1/schemes"))), "u");
        assertFalse(merged.path("paths").has("/q/internal"));
    }

    @Test
    void theMergedDocumentStatesWhatIsTrueOfEveryOperationBehindTheGateway() throws Exception {
        JsonNode service = mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/offenders":{"get":{"operationId":"listOffenders","parameters":[
                   {"name":"bornBefore","in":"query","schema":{"$ref":"#/components/schemas/LocalDate"}},
                   {"name":"scheme","in":"query","schema":{"type":"string","format":"uuid"}}],
                   "responses":{"200":{"description":"a page","content":{"application/json":{"schema":{"$ref":"#/components/schemas/PagePersonSummary"}}}},
                     "401":{"description":"no token","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{
                   "LocalDate":{"type":"string","format":"date","examples":["2022-03-10"]},
                   "Unused":{"type":"object"},
                   "Problem":{"type":"object","properties":{"title":{"type":"string"}}},
                   "OffenderSummary":{"type":"object","properties":{"born":{"$ref":"#/components/schemas/LocalDate"}}},
                   "PagePersonSummary":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/OffenderSummary"}},
                     "page":{"type":"integer"},"size":{"type":"integer"},"total":{"type":"integer"}}}}}}""");
        JsonNode merged = new OpenApiMerger(mapper).merge(List.of(new OpenApiMerger.Source("offender", service, p -> true)),
                "http://kc/realms/ppo/.well-known/openid-configuration", "2.3.0");
        assertEquals("2.3.0", merged.at("/info/version").asText());
        assertFalse(merged.at("/servers/0/x-internal").asBoolean(true));
        assertTrue(merged.at("/servers/0/description").asText().contains("production"));
        JsonNode schemas = merged.path("components").path("schemas");
        // no Java types, no unused or duplicate problem schemas; a page is named for its items
        assertEquals(List.of("OffenderSummary", "OffenderSummaryPage", "Problem"), names(schemas));
        assertEquals("date", schemas.at("/OffenderSummary/properties/born/format").asText());
        assertEquals(10, schemas.at("/OffenderSummary/properties/born/maxLength").asInt());
        JsonNode get = merged.at("/paths/~1api~1v1~1offenders/get");
        assertEquals(10, get.at("/parameters/0/schema/maxLength").asInt());
        assertEquals(36, get.at("/parameters/1/schema/maxLength").asInt());
        assertEquals("#/components/schemas/OffenderSummaryPage", get.at("/responses/200/content/application~1json/schema/$ref").asText());
        // every answer says the caller's rate limit and the request id; a service's problem body is kept, 500 added
        assertEquals("#/components/headers/RateLimit", get.at("/responses/200/headers/RateLimit/$ref").asText());
        assertEquals("#/components/headers/RateLimit-Policy", get.at("/responses/401/headers/RateLimit-Policy/$ref").asText());
        assertEquals("#/components/schemas/Problem", get.at("/responses/401/content/application~1problem+json/schema/$ref").asText());
        assertEquals("#/components/responses/InternalError", get.at("/responses/500/$ref").asText());
        JsonNode responses = merged.path("components").path("responses");
        assertTrue(responses.at("/TooManyRequests/headers").has("Retry-After"));
        assertFalse(responses.at("/ServiceUnavailable/headers").has("RateLimit"));
        assertEquals("#/components/schemas/Problem", responses.at("/InternalError/content/application~1problem+json/schema/$ref").asText());
        assertEquals(List.of("RateLimit", "RateLimit-Policy", "Retry-After", "X-Request-Id"), names(merged.path("components").path("headers")));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        return names;
    }

    @Test
    void webhooksAreCopiedWithTheSameRenamesAsPathsAndNoGatewaySecurity() throws Exception {
        JsonNode offender = doc("/api/v1/schemes", "list", "detail");
        JsonNode actionPlan = mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/api/v1/plans":{"get":{"operationId":"listPlans","responses":{"200":{"description":"ok"}}}}},
                 "webhooks":{"partnerEvent":{"post":{"operationId":"list","requestBody":{"content":{"application/cloudevents+json":
                   {"schema":{"$ref":"#/components/schemas/Problem"}}}},"responses":{"200":{"description":"delivered"}}}},
                   "planChanged":{"post":{"operationId":"receivePlanChanged","responses":{"200":{"description":"delivered"}}}}},
                 "components":{"schemas":{"Problem":{"type":"object","properties":{"title":{"type":"string"}}}}}}""");
        JsonNode offenderHooks = ((com.fasterxml.jackson.databind.node.ObjectNode) offender.deepCopy()).set("webhooks", mapper.readTree("""
                {"partnerEvent":{"post":{"operationId":"receivePartnerEvent","responses":{"200":{"description":"delivered"}}}}}"""));
        JsonNode merged = new OpenApiMerger(mapper).merge(List.of(
                new OpenApiMerger.Source("offender", offenderHooks, p -> p.startsWith("/api/v1/schemes")),
                new OpenApiMerger.Source("action-plan", actionPlan, p -> p.startsWith("/api/v1/plans"))), "u");
        JsonNode webhooks = merged.path("webhooks");
        // the first service's webhook wins a clash of names; the other service's own are kept, refs renamed as for paths
        assertEquals("receivePartnerEvent", webhooks.at("/partnerEvent/post/operationId").asText());
        assertEquals("offender", webhooks.at("/partnerEvent/post/x-ppo-service").asText());
        assertEquals("receivePlanChanged", webhooks.at("/planChanged/post/operationId").asText());
        assertFalse(webhooks.at("/planChanged/post").has("security"), "a webhook is our call to a partner: no gateway token");
        assertFalse(webhooks.at("/planChanged/post/responses").has("429"));

        JsonNode renamed = new OpenApiMerger(mapper).merge(List.of(
                new OpenApiMerger.Source("offender", offender, p -> p.startsWith("/api/v1/schemes")),
                new OpenApiMerger.Source("action-plan", actionPlan, p -> p.startsWith("/api/v1/plans"))), "u");
        assertEquals("#/components/schemas/ActionPlanProblem", renamed.at(
                "/webhooks/partnerEvent/post/requestBody/content/application~1cloudevents+json/schema/$ref").asText());
        // operation ids stay unique across paths and webhooks
        assertEquals("action-planList", renamed.at("/webhooks/partnerEvent/post/operationId").asText());
        assertFalse(new OpenApiMerger(mapper).merge(List.of(new OpenApiMerger.Source("offender", offender, p -> true)), "u").has("webhooks"));
    }
}
