package uk.ppo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is true of every operation behind the gateway, written into the merged document once rather than
 * by each service ({@link OpenApiMerger} applies it last):
 * <ul>
 * <li>Java types never appear as schemas: SmallRye's {@code LocalDate}, {@code Instant}, {@code UUID}…
 * components are inlined where used ({@code string} with its {@code format});</li>
 * <li>a string's format bounds its length: {@code uuid} 36, {@code date} 10, {@code date-time} 35
 * (RFC 3339 with nanoseconds and an offset);</li>
 * <li>a page of X is {@code XPage} (SmallRye names {@code Page<OffenderSummary>} {@code PagePersonSummary},
 * after the Java class);</li>
 * <li>every 2xx and 4xx answer carries the caller's rate limit ({@code RateLimit}, {@code RateLimit-Policy}:
 * the IETF httpapi fields the gateway sends) and every answer its {@code X-Request-Id}; 429 and 503 say
 * {@code Retry-After};</li>
 * <li>every operation can answer 500 ({@code InternalError}, a problem like the gateway's own answers; each service's
 * error answers already carry their problem body, from common's {@code ProblemResponses} filter);</li>
 * <li>components nothing refers to are dropped.</li>
 * </ul>
 */
final class PartnerContract {

    static final String PROBLEM = "Problem";
    private static final String RESPONSES = "#/components/responses/";
    private static final Set<String> IMPLEMENTATION_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "Instant",
            "OffsetDateTime", "ZonedDateTime", "UUID", "URI", "URL", "Duration", "BigDecimal", "BigInteger");
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);
    private static final Set<String> PAGE_FIELDS = Set.of("items", "page", "size", "total");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private PartnerContract() {
    }

    static void apply(ObjectNode document) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        inlineImplementationTypes(document, schemas);
        namePages(document, schemas);
        boundFormattedStrings(document);
        ObjectNode headers = ((ObjectNode) document.get("components")).putObject("headers");
        declareHeaders(headers);
        // a shared response (components/responses) is described by the status it answers for
        Map<String, String> sharedStatus = new HashMap<>();
        forEachOperation(document, operation -> {
            ObjectNode responses = (ObjectNode) operation.get("responses");
            if (!responses.has("500")) {
                responses.putObject("500").put("$ref", "#/components/responses/InternalError");
            }
            responses.fields().forEachRemaining(entry -> {
                String ref = entry.getValue().path("$ref").asText("");
                if (ref.startsWith(RESPONSES)) {
                    sharedStatus.putIfAbsent(ref.substring(RESPONSES.length()), entry.getKey());
                } else {
                    describe(entry.getKey(), (ObjectNode) entry.getValue());
                }
            });
        });
        sharedStatus.forEach((name, status) -> {
            if (document.path("components").path("responses").get(name) instanceof ObjectNode response) {
                describe(status, response);
            }
        });
        dropUnused(document);
    }

    private static void describe(String status, ObjectNode response) {
        if (response.has("$ref")) {
            return;
        }
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
        if (status.startsWith("2") || status.startsWith("4")) {
            headers.putObject("RateLimit").put("$ref", "#/components/headers/RateLimit");
            headers.putObject("RateLimit-Policy").put("$ref", "#/components/headers/RateLimit-Policy");
        }
        headers.putObject("X-Request-Id").put("$ref", "#/components/headers/X-Request-Id");
        if (status.equals("429") || status.equals("503")) {
            headers.putObject("Retry-After").put("$ref", "#/components/headers/Retry-After");
        }
    }

    private static void declareHeaders(ObjectNode headers) {
        header(headers, "RateLimit", "The caller's remaining quota (IETF httpapi RateLimit fields): the policy's name, r = requests "
                + "left, t = seconds until the quota is full again. Sent on every answer to a caller with a valid token", "\"partner\";r=299;t=1", 200);
        header(headers, "RateLimit-Policy", "The caller's quota policy: its name (partner, mobile or user), q = requests allowed per w "
                + "seconds. Sent on every answer to a caller with a valid token",
                "\"partner\";q=1200;w=60", 200);
        header(headers, "X-Request-Id", "The request's id (yours if you sent one, otherwise the gateway's); quote it when asking "
                + "for support", "5f0c6b0e-2d1a-4c3e-9c6f-0b8d2f7a1e42", 100);
        headers.putObject("Retry-After").put("description", "Whole seconds to wait before trying again").putObject("schema")
                .put("type", "integer").put("format", "int32").put("minimum", 1).put("maximum", 86_400);
    }

    private static void header(ObjectNode headers, String name, String description, String example, int maxLength) {
        ObjectNode header = headers.putObject(name);
        header.put("description", description);
        header.putObject("schema").put("type", "string").put("maxLength", maxLength).putArray("examples").add(example);
    }

    /** Replaces each {@code $ref} to a Java-type component by the component itself, then drops the component. */
    private static void inlineImplementationTypes(ObjectNode document, ObjectNode schemas) {
        Map<String, JsonNode> inline = new HashMap<>();
        for (String name : IMPLEMENTATION_TYPES) {
            if (schemas.get(name) instanceof ObjectNode schema && !schema.has("properties")) {
                inline.put("#/components/schemas/" + name, schema);
            }
        }
        if (inline.isEmpty()) {
            return;
        }
        replaceRefs(document, ref -> inline.containsKey(ref) ? inline.get(ref).deepCopy() : null);
        inline.keySet().forEach(ref -> schemas.remove(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    /** {@code PagePersonSummary} whose items are {@code OffenderSummary} becomes {@code OffenderSummaryPage}. */
    private static void namePages(ObjectNode document, ObjectNode schemas) {
        Map<String, String> renames = new HashMap<>();
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode schema = schemas.get(name);
            Set<String> fields = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(fields::add);
            String items = schema.path("properties").path("items").path("items").path("$ref").asText("");
            if (!name.startsWith("Page") || !fields.equals(PAGE_FIELDS) || items.isEmpty()) {
                continue;
            }
            String renamed = items.substring(items.lastIndexOf('/') + 1) + "Page";
            if (!schemas.has(renamed) || schemas.get(renamed).equals(schema)) {
                schemas.set(renamed, schema);
                schemas.remove(name);
                renames.put("#/components/schemas/" + name, "#/components/schemas/" + renamed);
            }
        }
        replaceRefs(document, ref -> renames.containsKey(ref) ? refTo(renames.get(ref)) : null);
    }

    private static ObjectNode refTo(String ref) {
        ObjectNode node = new ObjectNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
        node.put("$ref", ref);
        return node;
    }

    private static void boundFormattedStrings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Integer length = FORMAT_LENGTHS.get(object.path("format").asText(""));
            if (length != null && isString(object.get("type")) && !object.has("maxLength") && !object.has("enum")) {
                object.put("maxLength", length);
            }
            object.forEach(PartnerContract::boundFormattedStrings);
        } else if (node instanceof ArrayNode array) {
            array.forEach(PartnerContract::boundFormattedStrings);
        }
    }

    private static boolean isString(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isTextual()) {
            return type.asText().equals("string");
        }
        for (JsonNode t : type) {
            if (t.asText().equals("string")) {
                return true;
            }
        }
        return false;
    }

    /** Drops schemas, responses and headers nothing refers to (repeatedly, as dropping one can orphan another). */
    private static void dropUnused(ObjectNode document) {
        ObjectNode components = (ObjectNode) document.get("components");
        for (boolean dropped = true; dropped; ) {
            dropped = false;
            Set<String> used = new HashSet<>();
            collectRefs(document, used);
            for (String kind : List.of("schemas", "responses", "headers")) {
                if (!(components.get(kind) instanceof ObjectNode entries)) {
                    continue;
                }
                Iterator<String> names = entries.fieldNames();
                while (names.hasNext()) {
                    if (!used.contains("#/components/" + kind + "/" + names.next())) {
                        names.remove();
                        dropped = true;
                    }
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    /** Replaces every object {@code {"$ref": r}} for which {@code replacement(r)} is not null. */
    private static void replaceRefs(JsonNode node, java.util.function.Function<String, JsonNode> replacement) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode swap = refReplacement(field.getValue(), replacement);
                if (swap != null) {
                    field.setValue(swap);
                } else {
                    replaceRefs(field.getValue(), replacement);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode swap = refReplacement(array.get(i), replacement);
                if (swap != null) {
                    array.set(i, swap);
                } else {
                    replaceRefs(array.get(i), replacement);
                }
            }
        }
    }

    private static JsonNode refReplacement(JsonNode node, java.util.function.Function<String, JsonNode> replacement) {
        if (!(node instanceof ObjectNode object) || !(object.get("$ref") instanceof TextNode ref)) {
            return null;
        }
        JsonNode swap = replacement.apply(ref.asText());
        if (swap == null) {
            return null;
        }
        // siblings of the $ref (a description, an example) are kept on the inlined schema
        ObjectNode merged = swap.isObject() ? ((ObjectNode) swap).deepCopy() : null;
        if (merged == null) {
            return swap;
        }
        object.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private static void forEachOperation(ObjectNode document, java.util.function.Consumer<ObjectNode> action) {
        document.path("paths").forEach(item -> item.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation && operation.has("responses")) {
                action.accept(operation);
            }
        }));
    }
}
