package uk.ppo.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the system tests that walk the whole API share: the gateway's merged OpenAPI document and its
 * operations, the committed access matrix ({@code access-matrix.csv}: which roles may call what), one
 * principal per role, and filling a path template's parameters.
 */
final class ApiDocument {

    static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One row of the access matrix. */
    record Entry(String id, String method, String path, Set<String> roles) {
    }

    /** One operation of the merged document: its method, path template and the operation object itself. */
    record Operation(String method, String path, JsonNode node) {

        String key() {
            return method + " " + path;
        }

        /** The media type its request body is documented with first, or null without a body. */
        String bodyType() {
            Iterator<String> types = node.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : null;
        }

        JsonNode bodySchema() {
            String type = bodyType();
            return type == null ? null : node.path("requestBody").path("content").path(type).path("schema");
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            });
            return found;
        }
    }

    /** The principal each role is tested with: the sample users, and a partner system by client credentials. */
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("admin", "ada.admin");
        USERS.put("coordinator", "cora.coordinator");
        USERS.put("offender-manager", "maya.manager");
        USERS.put("officer", "oscar.officer");
        USERS.put("analyst", "ann.analyst");
        USERS.put("auditor", "aud.auditor");
        USERS.put("data-protection-officer", "dora.dpo");
    }

    static final Pattern PARAMETERS = Pattern.compile("\\{([^}]+)}");

    private ApiDocument() {
    }

    /** The merged document as the gateway serves it now. */
    static JsonNode merged() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    /** Every operation of the document, in its order. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    /** A schema with its {@code $ref} (to {@code #/components/schemas/...}) followed, as often as it takes. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** The committed matrix, one entry per operation. */
    static List<Entry> matrix() throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (var in = ApiDocument.class.getResourceAsStream("/access-matrix.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";");
                entries.add(new Entry(cells[0], cells[1], cells[2], Set.of(cells[3].split("\\|"))));
            }
        }
        assertTrue(entries.size() > 50, "the matrix lists the suite's operations");
        return entries;
    }

    /** A token for every role, from the real Keycloak. */
    static Map<String, String> tokensByRole() {
        Map<String, String> tokens = new LinkedHashMap<>();
        USERS.forEach((role, user) -> tokens.put(role, RunningSuite.tokenFor(user)));
        tokens.put("partner-system", RunningSuite.clientToken("police-system", "police-system-local-secret"));
        return tokens;
    }

    /** The path with each {@code {name}} replaced by what {@code value} gives for that name. */
    static String fill(String template, Function<String, String> value) {
        Matcher m = PARAMETERS.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The path with a fresh random UUID for every parameter: an id no record has. */
    static String withUnknownIds(String template) {
        return fill(template, name -> UUID.randomUUID().toString());
    }
}
