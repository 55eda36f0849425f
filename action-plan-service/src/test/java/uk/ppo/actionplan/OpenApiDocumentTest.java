package uk.ppo.actionplan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract: every operation named once, secured, described and documenting its failures; typed answers;
 * meaningful schema names; a limit on everything a caller sends (what partners generate clients from).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdASecurityRequirementAndItsErrorResponses() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                Object id = op.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(where + ": operationId missing or repeated: " + id);
                }
                if (op.get("security") == null) {
                    problems.add(where + ": no security requirement");
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                for (String code : List.of("401", "403")) {
                    if (responses == null || !responses.containsKey(code)) {
                        problems.add(where + ": no " + code + " response");
                    }
                }
                // a person the service holds nothing about is an empty data-protection section or receipt, never a 404
                boolean knowsNoMissingResource = path.getKey().startsWith("/api/v1/data-protection/");
                if (path.getKey().contains("{") && !knowsNoMissingResource && (responses == null || !responses.containsKey("404"))) {
                    problems.add(where + ": no 404 response");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(ids.size() >= 25, "operations: " + ids);
        assertTrue(ids.containsAll(List.of("createPlan", "addPriority", "addAction", "addMilestone", "markMilestoneDone",
                "recordProgress", "getPlanReport", "createPpoPlan", "createDeliveryPlan", "reviseDeliveryPlan", "recordActivityProgress",
                "recordSubTargetProgress", "withdrawAction")), ids.toString());
    }

    private static final Set<String> SCALAR_COMPONENTS = Set.of("LocalDate", "Instant", "UUID");
    private static final Set<String> DATE_AND_ID_FORMATS = Set.of("uuid", "date", "date-time");

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** Each operation of the service's own API as "METHOD path" and its node. */
    private static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey()) && path.getKey().startsWith("/api/v1/")) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        while (node.has("$ref")) {
            String[] parts = node.get("$ref").asText().substring(2).split("/");
            JsonNode target = doc;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    @Test
    void everyOperationIsDescribedAndEverySuccessIsTyped() throws Exception {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        operations(doc).forEach((where, op) -> {
            if (op.path("description").asText("").isBlank()) {
                problems.add(where + ": no description");
            }
            op.path("responses").properties().forEach(response -> {
                String code = response.getKey();
                JsonNode content = resolve(doc, response.getValue()).path("content");
                if (code.startsWith("2") && !code.equals("204")) {
                    if (content.isEmpty()) {
                        problems.add(where + ": " + code + " has no content");
                    }
                    content.properties().forEach(media -> {
                        if (media.getValue().path("schema").isEmpty()) {
                            problems.add(where + ": " + code + " " + media.getKey() + " has no schema");
                        }
                    });
                }
                if (code.startsWith("4") || code.startsWith("5")) {
                    if (!content.path("application/problem+json").path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
                        problems.add(where + ": " + code + " is not a problem+json Problem");
                    }
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void schemaNamesSayWhatTheyAreAndNoImplementationTypeLeaks() throws Exception {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(schema -> {
            String name = schema.getKey();
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                problems.add(name + ": a name ending in a digit (two Java types of one simple name)");
            }
            if (name.startsWith("Json") || Set.of("YearMonth", "Object", "Map", "Response", "LocalDateTime").contains(name)) {
                problems.add(name + ": an implementation type");
            }
            if (SCALAR_COMPONENTS.contains(name) && !schema.getValue().path("type").asText().equals("string")) {
                problems.add(name + ": must be a plain string");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyStringIntegerAndArrayACallerSendsIsLimited() throws Exception {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        operations(doc).forEach((where, op) -> {
            for (JsonNode parameter : op.path("parameters")) {
                limited(doc, parameter.path("schema"), where + " " + parameter.path("in").asText() + " " + parameter.path("name").asText(),
                        problems, new HashSet<>());
            }
            op.path("requestBody").path("content").properties().forEach(media ->
                    limited(doc, media.getValue().path("schema"), where + " body", problems, new HashSet<>()));
            boolean takesInput = op.has("requestBody") || java.util.stream.StreamSupport.stream(op.path("parameters").spliterator(), false)
                    .anyMatch(p -> refusable(doc, p));
            if (takesInput && !op.path("responses").has("400")) {
                problems.add(where + ": takes input but declares no 400");
            }
        });
        assertEquals(List.of(), problems);
    }

    /** A parameter a caller can get wrong: a path id of a format is a 404 when malformed, and a boolean reads anything but true as false. */
    private static boolean refusable(JsonNode doc, JsonNode parameter) {
        JsonNode schema = resolve(doc, parameter.path("schema"));
        boolean pathId = parameter.path("in").asText().equals("path") && schema.has("format");
        return !pathId && !schema.path("type").asText().equals("boolean");
    }

    /** Walks a schema a caller sends: strings need maxLength (or enum/const), integers minimum and maximum, arrays maxItems. */
    private static void limited(JsonNode doc, JsonNode schema, String where, List<String> problems, Set<String> seen) {
        if (schema.has("$ref")) {
            if (seen.add(schema.get("$ref").asText())) {
                limited(doc, resolve(doc, schema), where + " > " + schema.get("$ref").asText().replace("#/components/schemas/", ""), problems, seen);
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> {
                boolean scalar = DATE_AND_ID_FORMATS.contains(schema.path("format").asText()); // given their length by the gateway's merger
                if (!scalar && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")) {
                    problems.add(where + ": string without maxLength");
                }
            }
            case "integer" -> {
                if (!(schema.has("minimum") || schema.has("exclusiveMinimum")) || !(schema.has("maximum") || schema.has("exclusiveMaximum"))
                        || !schema.has("format")) {
                    problems.add(where + ": integer without minimum, maximum and format");
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    problems.add(where + ": array without maxItems");
                }
                limited(doc, schema.path("items"), where + "[]", problems, seen);
            }
            default -> {
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            limited(doc, property.getValue(), where + "." + property.getKey(), problems, seen);
        }
    }
}
