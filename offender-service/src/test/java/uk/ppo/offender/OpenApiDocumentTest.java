package uk.ppo.offender;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
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
 * The published contract partners generate clients from (issue 24): every operation named once, described,
 * secured, typed on success and documenting its failures as problems; meaningful schema names and no
 * implementation types; and a limit on everything a caller sends. Strings of format uuid, date and date-time
 * (and the scalar components SmallRye makes for them) get their maxLength in the gateway's merged document.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "offender"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** The scalar components of java.time and java.util types: inlined with their limits by the gateway's merger. */
    private static final Set<String> SCALARS = Set.of("UUID", "LocalDate", "Instant");
    private static final Set<String> SCALAR_FORMATS = Set.of("uuid", "date", "date-time");
    private static final Set<String> IMPLEMENTATION_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode",
            "YearMonth", "Object", "Response", "Map", "List");

    /** Operations whose path names what they create when it is absent: never a 404. */
    private static final Set<String> UPSERTS = Set.of("setBankHolidayYear");

    private JsonPath doc;

    @BeforeEach
    void readDocument() {
        doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyOperationIsNamedDescribedSecuredTypedAndDocumentsItsProblems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operations((where, path, op) -> {
            Object id = op.get("operationId");
            if (id == null || !ids.add(id.toString())) {
                problems.add(where + ": operationId missing or repeated: " + id);
            }
            if (op.get("security") == null) {
                problems.add(where + ": no security requirement");
            }
            if (!(op.get("description") instanceof String d) || d.isBlank()) {
                problems.add(where + ": no description");
            }
            Map<String, Map<String, Object>> responses = map(op.get("responses"));
            for (String code : List.of("401", "403")) {
                if (!responses.containsKey(code)) {
                    problems.add(where + ": no " + code + " response");
                }
            }
            boolean takesId = path.contains("{") && !UPSERTS.contains(String.valueOf(id));
            if (takesId && !responses.containsKey("404")) {
                problems.add(where + ": takes an id but declares no 404");
            }
            if (op.containsKey("requestBody") && !responses.containsKey("400")) {
                problems.add(where + ": takes a body but declares no 400");
            }
            for (var response : responses.entrySet()) {
                String code = response.getKey();
                Map<String, Map<String, Object>> content = map(response.getValue().get("content"));
                if (code.startsWith("2") && !code.equals("204")) {
                    if (content.isEmpty() || content.values().stream().anyMatch(c -> map(c.get("schema")).isEmpty())) {
                        problems.add(where + ": " + code + " has no schema");
                    }
                } else if (code.equals("204") && !content.isEmpty()) {
                    problems.add(where + ": 204 with content");
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> problem = map(content.get("application/problem+json"));
                    if (!"#/components/schemas/Problem".equals(map(problem.get("schema")).get("$ref"))) {
                        problems.add(where + ": " + code + " is not a Problem (application/problem+json)");
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(ids.size() >= 60, "operations: " + ids);
        assertTrue(ids.containsAll(List.of("getOffender", "createOffender", "updateOffender", "recordDecision", "nominate",
                "pushOffence", "pushEvent", "recordReview", "recordNeedsAssessment", "createScheme", "updateScheme",
                "createPerformanceCohort", "pushOffencesBulk", "lookupStatus", "listOutboxEvents")), ids.toString());
    }

    @Test
    void schemasHaveMeaningfulNamesAndNoImplementationTypes() {
        Map<String, Object> schemas = doc.getMap("components.schemas");
        List<String> problems = new ArrayList<>();
        for (String name : schemas.keySet()) {
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                problems.add(name + ": ends in a digit (two Java types with one simple name?)");
            }
            if (IMPLEMENTATION_TYPES.contains(name) || name.startsWith("Json")) {
                problems.add(name + ": an implementation type");
            }
        }
        for (String generic : List.of("Outcome", "Result", "Status", "Unit", "Match", "Proposal", "RunsFrom", "Created")) {
            if (schemas.containsKey(generic)) {
                problems.add(generic + ": says nothing of what it is");
            }
        }
        // the components an operation uses (the raw generic Page is not one: the gateway drops it)
        Set<String> used = new HashSet<>();
        walk("paths", doc.getMap("paths"), (where, schema) -> referenced(schema, schemas, used));
        schemas.keySet().retainAll(used);
        walk("components.schemas", schemas, (where, schema) -> {
            if ("array".equals(schema.get("type")) && map(schema.get("items")).isEmpty()) {
                problems.add(where + ": an array without items");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everythingACallerSendsHasItsLimits() {
        List<String> problems = new ArrayList<>();
        operations((where, path, op) -> {
            for (Map<String, Object> parameter : this.<List<Map<String, Object>>>cast(op.getOrDefault("parameters", List.of()))) {
                limited(where + " parameter " + parameter.get("name"), map(parameter.get("schema")), problems, new HashSet<>());
            }
            for (var content : map(map(op.get("requestBody")).get("content")).values()) {
                limited(where + " body", map(map(content).get("schema")), problems, new HashSet<>());
            }
        });
        assertEquals(List.of(), problems);
    }

    /** A request schema, $refs followed: every string bounded (or an enum), every integer bounded both ways, every array too. */
    private void limited(String where, Map<String, Object> schema, List<String> problems, Set<String> seen) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.toString().substring("#/components/schemas/".length());
            if (!SCALARS.contains(name) && seen.add(name)) {
                limited(where + " > " + name, map(doc.getMap("components.schemas").get(name)), problems, seen);
            }
            return;
        }
        Object type = schema.get("type");
        if ("string".equals(type) && !schema.containsKey("maxLength") && !schema.containsKey("enum")
                && !SCALAR_FORMATS.contains(String.valueOf(schema.get("format")))) {
            problems.add(where + ": a string without maxLength");
        }
        if ("integer".equals(type) && (!schema.containsKey("minimum") || !schema.containsKey("maximum") || !schema.containsKey("format"))) {
            problems.add(where + ": an integer without minimum, maximum and format");
        }
        if ("array".equals(type)) {
            if (!schema.containsKey("maxItems")) {
                problems.add(where + ": an array without maxItems");
            }
            limited(where + "[]", map(schema.get("items")), problems, seen);
        }
        for (var property : map(schema.get("properties")).entrySet()) {
            limited(where + "." + property.getKey(), map(property.getValue()), problems, seen);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (Object part : this.<List<Object>>cast(schema.getOrDefault(combinator, List.of()))) {
                limited(where, map(part), problems, seen);
            }
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            limited(where + "{}", map(values), problems, seen);
        }
    }

    private static void referenced(Map<String, Object> node, Map<String, Object> schemas, Set<String> used) {
        if (node.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
            String name = ref.substring("#/components/schemas/".length());
            if (used.add(name)) {
                walkStatic(schemas.get(name), child -> referenced(child, schemas, used));
            }
        }
    }

    private static void walkStatic(Object node, java.util.function.Consumer<Map<String, Object>> visit) {
        if (node instanceof Map<?, ?> m) {
            visit.accept(map(m));
            m.values().forEach(child -> walkStatic(child, visit));
        } else if (node instanceof List<?> list) {
            list.forEach(child -> walkStatic(child, visit));
        }
    }

    private interface OperationCheck {
        void check(String where, String path, Map<String, Object> operation);
    }

    private interface SchemaCheck {
        void check(String where, Map<String, Object> schema);
    }

    private void operations(OperationCheck check) {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    check.check(operation.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), map(operation.getValue()));
                }
            }
        }
    }

    private void walk(String where, Object node, SchemaCheck check) {
        if (node instanceof Map<?, ?> m) {
            check.check(where, map(m));
            for (var entry : m.entrySet()) {
                walk(where + "." + entry.getKey(), entry.getValue(), check);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(where + "[" + i + "]", list.get(i), check);
            }
        }
    }

    private static <V> Map<String, V> map(Object value) {
        return value instanceof Map<?, ?> m ? cast(m) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
