package uk.ppo.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What partners generate clients from (issue 24, item 1; one contract for every service, issue 26 item 4), as a
 * {@code @QuarkusTest} of the service: in its own OpenAPI document every operation has a unique operationId, a
 * security requirement, a description, its 401 and 403, a 404 when it takes an id, a 400 when it takes input a caller
 * can get wrong; a typed body on every success but 204 (and none on 204); every problem it answers as a
 * {@code Problem} in application/problem+json; no schema named after a Java or Jackson type, with a number at the end
 * or with a name that says nothing; every array its items; and a limit on every string, integer and array a caller
 * sends (maxLength or enum, minimum, maximum and format, maxItems). Strings of format uuid, date and date-time, and
 * the scalar components SmallRye makes for them, are left to the gateway's merger, which inlines them with their
 * length. A service says only what is its own: how many operations it has, which it must have, and which of its paths
 * with an id never answer 404.
 */
public abstract class ApiDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Scalars SmallRye makes components of; the gateway inlines them as strings of a format with their maxLength. */
    private static final Set<String> SCALAR_COMPONENTS = Set.of("UUID", "LocalDate", "Instant");
    private static final Set<String> SCALAR_FORMATS = Set.of("uuid", "date", "date-time", "binary");
    private static final Set<String> IMPLEMENTATION_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode", "YearMonth",
            "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Duration", "Period", "Object", "Class", "Response", "Map", "List");
    /** Names that say nothing of what the schema is. */
    private static final Set<String> GENERIC_NAMES = Set.of("Outcome", "Result", "Status", "Unit", "Match", "Proposal", "RunsFrom",
            "Created");
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The fewest operations the service's document has (a document that lost its resources fails). */
    protected abstract int operationsAtLeast();

    /** The operation ids the service must have. */
    protected Set<String> requiredOperationIds() {
        return Set.of();
    }

    /** Whether an operation on a path with an id names what it creates or reports when absent, so never answers 404. */
    protected boolean answersWithout404(String path, String operationId) {
        return false;
    }

    /**
     * Schema names this rule finds saying nothing of what they are that the service still publishes (renaming a schema
     * changes what clients generate, so it waits for a release that may): each one a known gap, not a licence.
     */
    protected Set<String> publishedGenericNames() {
        return Set.of();
    }

    /**
     * Operations ("GET /path") that take a parameter a caller can get wrong but do not yet declare the 400 they answer:
     * each one a known gap in the document, not a licence.
     */
    protected Set<String> operationsNotYetDeclaringTheir400() {
        return Set.of();
    }

    /** Operations ("POST /path") whose operationId clients already call them by: each keeps it where it is. */
    protected Map<String, String> operationIdsAt() {
        return Map.of();
    }

    @Test
    void callersLogInAtKeycloakAndOperationsKeepTheirIds() {
        JsonPath document = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .extract().jsonPath();
        operationIdsAt().forEach((operation, id) -> {
            String[] methodAndPath = operation.split(" ", 2);
            assertEquals(id, document.getString("paths.'" + methodAndPath[1] + "'." + methodAndPath[0].toLowerCase(Locale.ROOT)
                    + ".operationId"), operation);
        });
    }

    @Test
    void theDocumentIsOneClientsCanBeGeneratedFrom() throws Exception {
        String json = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(json);
        assertEquals(List.of(), problems(document));
        Set<String> ids = new HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                ids.add(op.getValue().path("operationId").asText());
            }
        }));
        assertTrue(ids.size() >= operationsAtLeast(), "operations: " + ids);
        assertTrue(ids.containsAll(requiredOperationIds()), ids.toString());
    }

    /** Every breach of the contract in the document, one line each naming where it is. */
    public List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            String name = schema.getKey();
            if (Character.isDigit(name.charAt(name.length() - 1)) || IMPLEMENTATION_TYPES.contains(name) || name.startsWith("Json")) {
                problems.add("schema " + name + ": named after a Java type or numbered");
            }
            if (GENERIC_NAMES.contains(name) && !publishedGenericNames().contains(name)) {
                problems.add("schema " + name + ": says nothing of what it is");
            }
            if (SCALAR_COMPONENTS.contains(name) && !isType(schema.getValue(), "string")) {
                problems.add("schema " + name + ": must be a plain string");
            }
            arraysHaveItems(schema.getValue(), "schema " + name, problems);
        }
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (id.isBlank() || !ids.add(id)) {
                    problems.add(where + ": operationId missing or repeated: " + id);
                }
                if (!operation.has("security")) {
                    problems.add(where + ": no security requirement");
                }
                if (operation.path("description").asText("").isBlank()) {
                    problems.add(where + ": no description");
                }
                JsonNode responses = operation.path("responses");
                for (String code : List.of("401", "403")) {
                    if (!responses.has(code)) {
                        problems.add(where + ": no " + code + " response");
                    }
                }
                if (path.getKey().contains("{") && !answersWithout404(path.getKey(), id) && !responses.has("404")) {
                    problems.add(where + ": takes an id but declares no 404");
                }
                boolean refusableParameter = StreamSupport.stream(operation.path("parameters").spliterator(), false)
                        .anyMatch(p -> refusable(document, p, responses.has("404")));
                boolean knownGap = operationsNotYetDeclaringTheir400().contains(where);
                if ((operation.has("requestBody") || refusableParameter && !knownGap) && !responses.has("400")) {
                    problems.add(where + ": takes input but declares no 400");
                }
                if (knownGap && (!refusableParameter || responses.has("400"))) {
                    problems.add(where + ": listed as not yet declaring its 400 but is no longer a gap");
                }
                responses(document, responses, where, problems);
                for (JsonNode parameter : operation.path("parameters")) {
                    limited(parameter.path("schema"), schemas, where + " parameter " + parameter.path("name").asText(), new HashSet<>(),
                            problems);
                }
                for (Map.Entry<String, JsonNode> body : operation.path("requestBody").path("content").properties()) {
                    limited(body.getValue().path("schema"), schemas, where + " body " + body.getKey(), new HashSet<>(), problems);
                }
            }
        }
        return problems;
    }

    /**
     * A parameter a caller can get wrong and is told so with a 400: not a boolean (anything but true reads as false), not
     * a path id of a format (a 404 when malformed), and not a query parameter of a format (a uuid, a date) on an operation
     * that declares its 404, which JAX-RS answers when such a parameter does not convert.
     */
    private static boolean refusable(JsonNode document, JsonNode parameter, boolean declares404) {
        JsonNode schema = resolve(document, parameter.path("schema"));
        String in = parameter.path("in").asText();
        boolean convertedOr404 = schema.has("format") && (in.equals("path") || in.equals("query") && declares404);
        return !convertedOr404 && !isType(schema, "boolean");
    }

    private static void responses(JsonNode document, JsonNode responses, String where, List<String> problems) {
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String code = response.getKey();
            JsonNode content = resolve(document, response.getValue()).path("content");
            if (code.startsWith("2") && !code.equals("204")) {
                if (content.isEmpty()) {
                    problems.add(where + " " + code + ": no typed body");
                }
                content.properties().forEach(media -> {
                    if (media.getValue().path("schema").isEmpty()) {
                        problems.add(where + " " + code + " " + media.getKey() + ": no schema");
                    }
                });
            } else if (code.equals("204") && !content.isEmpty()) {
                problems.add(where + " 204: with content");
            } else if ((code.startsWith("4") || code.startsWith("5"))
                    && !PROBLEM.equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                problems.add(where + " " + code + ": not a Problem (application/problem+json)");
            }
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        while (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            JsonNode target = document;
            for (String part : node.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }

    private static void arraysHaveItems(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            if (isType(node, "array") && !node.has("items")) {
                problems.add(where + ": an array without items");
            }
            node.properties().forEach(child -> arraysHaveItems(child.getValue(), where + "." + child.getKey(), problems));
        } else if (node.isArray()) {
            node.forEach(child -> arraysHaveItems(child, where, problems));
        }
    }

    /** Strings, integers and arrays in what a caller sends, following $refs once each. */
    private static void limited(JsonNode schema, JsonNode schemas, String where, Set<String> seen, List<String> problems) {
        if (schema == null || !schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            // the referenced schema decides (SmallRye copies an example's type beside the $ref)
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            if (!SCALAR_COMPONENTS.contains(name) && seen.add(name)) {
                limited(schemas.path(name), schemas, where + " > " + name, seen, problems);
            }
            return;
        }
        if (isType(schema, "string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")
                && !SCALAR_FORMATS.contains(schema.path("format").asText())) {
            problems.add(where + ": a string without maxLength or enum");
        }
        boolean bounded = (schema.has("minimum") || schema.has("exclusiveMinimum")) && (schema.has("maximum") || schema.has("exclusiveMaximum"));
        if (isType(schema, "integer") && !(bounded && schema.has("format"))) {
            problems.add(where + ": an integer without minimum, maximum and format");
        }
        if (isType(schema, "array") && !schema.has("maxItems")) {
            problems.add(where + ": an array without maxItems");
        }
        schema.path("properties").properties().forEach(p -> limited(p.getValue(), schemas, where + "." + p.getKey(), seen, problems));
        limited(schema.get("items"), schemas, where + "[]", seen, problems);
        limited(schema.get("additionalProperties"), schemas, where + "{}", seen, problems);
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combiner).forEach(s -> limited(s, schemas, where, seen, problems));
        }
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }
}
