package uk.ppo.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What partners generate clients from (issue 24, item 1), as a {@code @QuarkusTest} of the service: its own OpenAPI
 * document has a typed body on every success but 204, declares every problem it answers as problem+json, describes
 * every operation, names no schema after a Java or Jackson type or with a number at the end, gives every array its
 * items, and limits every string, integer and array a caller sends (maxLength or enum, minimum and maximum,
 * maxItems). Strings of format uuid, date and date-time, and the scalar components SmallRye makes for them, are left
 * to the gateway's merger, which inlines them with their length.
 */
public abstract class ApiDocumentContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Scalars SmallRye makes components of; the gateway inlines them as strings of a format with their maxLength. */
    private static final Set<String> SCALAR_COMPONENTS = Set.of("UUID", "LocalDate", "Instant");
    private static final Set<String> SCALAR_FORMATS = Set.of("uuid", "date", "date-time", "binary");
    private static final Set<String> IMPLEMENTATION_TYPES = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode", "YearMonth",
            "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Duration", "Period", "Object", "Class", "Response");

    @Test
    void theDocumentIsOneClientsCanBeGeneratedFrom() throws Exception {
        String json = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), problems(new ObjectMapper().readTree(json)));
    }

    /** Every breach of the contract in the document, one line each naming where it is. */
    public static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            String name = schema.getKey();
            if (Character.isDigit(name.charAt(name.length() - 1)) || IMPLEMENTATION_TYPES.contains(name)) {
                problems.add("schema " + name + ": named after a Java type or numbered");
            }
            arraysHaveItems(schema.getValue(), "schema " + name, problems);
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("description").asText("").isBlank()) {
                    problems.add(where + ": no description");
                }
                responses(operation.path("responses"), where, problems);
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

    private static void responses(JsonNode responses, String where, List<String> problems) {
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String code = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (code.startsWith("2") && !code.equals("204")) {
                if (content.isEmpty()) {
                    problems.add(where + " " + code + ": no typed body");
                }
                content.properties().forEach(media -> {
                    if (media.getValue().path("schema").isEmpty()) {
                        problems.add(where + " " + code + " " + media.getKey() + ": no schema");
                    }
                });
            } else if ((code.startsWith("4") || code.startsWith("5")) && !content.has("application/problem+json")) {
                problems.add(where + " " + code + ": not declared as problem+json");
            }
        }
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
        if (isType(schema, "integer") && !(schema.has("minimum") && schema.has("maximum"))) {
            problems.add(where + ": an integer without minimum and maximum");
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
