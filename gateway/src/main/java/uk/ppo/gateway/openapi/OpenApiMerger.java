package uk.ppo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges the services' OpenAPI documents into the suite's one document, as partners see it through
 * the gateway. Pure (Jackson trees in, a tree out):
 * <ul>
 * <li>paths: each service's paths that the route table sends to it (first service wins a clash);</li>
 * <li>components: shared when identical, otherwise renamed with the service's name in front
 * ({@code Problem} of scoring becomes {@code ScoringProblem}) and every {@code $ref} rewritten;</li>
 * <li>security: one OpenID Connect scheme ({@code keycloak}) required by every operation, replacing
 * the services' own schemes (the gateway refuses every {@code /api} call without a token);</li>
 * <li>errors: every operation documents 401, 403, 429, 503 and 504 problem responses (the gateway
 * can answer each of them for any route); the services' own declarations are kept where present;</li>
 * <li>operation ids stay unique (a clash gets the service's name in front);</li>
 * <li>webhooks (OpenAPI 3.1): each service's, with the same component renames as its paths (first service wins a
 * clash of names); they are calls the service makes to partners, so no gateway security or responses are added;</li>
 * <li>last, what is true of every operation behind the gateway ({@link PartnerContract}).</li>
 * </ul>
 */
public final class OpenApiMerger {

    public record Source(String service, JsonNode document, Predicate<String> ownsPath) {
    }

    static final String SCHEME = "keycloak";
    static final String GATEWAY_PROBLEM = "GatewayProblem";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Map<String, String> GATEWAY_RESPONSES = new LinkedHashMap<>();

    static {
        GATEWAY_RESPONSES.put("401", "Unauthenticated");
        GATEWAY_RESPONSES.put("403", "Forbidden");
        GATEWAY_RESPONSES.put("429", "TooManyRequests");
        GATEWAY_RESPONSES.put("503", "ServiceUnavailable");
        GATEWAY_RESPONSES.put("504", "GatewayTimeout");
    }

    private final ObjectMapper mapper;

    public OpenApiMerger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode merge(List<Source> sources, String openIdConnectUrl) {
        return merge(sources, openIdConnectUrl, "1.0.0");
    }

    /** The merged document; {@code version} is the suite's (the project's) version. */
    public ObjectNode merge(List<Source> sources, String openIdConnectUrl, String version) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", sources.stream().map(s -> s.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "PPO suite API");
        info.put("version", version);
        info.put("description", "Every service's API as partners reach it through the gateway. Every call needs a bearer "
                + "token from the Keycloak realm ppo; errors are RFC 9457 problem+json.");
        info.putObject("license").put("name", "Open Government Licence v3.0").put("identifier", "OGL-UK-3.0");
        // the audience: partner systems and the suite's own apps, through whichever gateway served the document
        merged.putArray("servers").addObject().put("url", "/")
                .put("description", "The gateway that served this document: production, staging or local")
                .put("x-internal", false);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode webhooks = mapper.createObjectNode();
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();

        addGatewayComponents(components, openIdConnectUrl);
        for (Source source : sources) {
            ObjectNode document = source.document().deepCopy();
            Map<String, String> renames = mergeComponents(source.service(), document.path("components"), components);
            // the copied components are the document's own nodes, so this renames their references too
            rewriteRefs(document, renames);
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            addPaths(source.service(), document.path("paths"), source.ownsPath(), paths, operationIds, components);
            addWebhooks(source.service(), document.path("webhooks"), webhooks, operationIds);
        }
        if (!webhooks.isEmpty()) {
            merged.set("webhooks", webhooks);
        }
        merged.putArray("security").addObject().putArray(SCHEME);
        if (components.path("schemas").has(PartnerContract.PROBLEM)) {
            // the services' Problem and the gateway's are one shape: partners get one problem type
            ((ObjectNode) components.get("schemas")).remove(GATEWAY_PROBLEM);
            rewriteRefs(merged, Map.of("schemas/" + GATEWAY_PROBLEM, PartnerContract.PROBLEM));
        }
        PartnerContract.apply(merged);
        return merged;
    }

    private void addGatewayComponents(ObjectNode components, String openIdConnectUrl) {
        ObjectNode scheme = components.putObject("securitySchemes").putObject(SCHEME);
        scheme.put("type", "openIdConnect");
        scheme.put("openIdConnectUrl", openIdConnectUrl);
        scheme.put("description", "Keycloak realm ppo: people log in with the ppo-mobile or ppo-cli client (authorization code "
                + "with PKCE); partner systems use their own client's credentials.");
        ObjectNode problem = components.putObject("schemas").putObject(GATEWAY_PROBLEM);
        problem.put("type", "object");
        problem.put("description", "An RFC 9457 problem answered by the gateway");
        ObjectNode properties = problem.putObject("properties");
        for (String field : List.of("type", "title", "detail", "instance", "requestId")) {
            properties.putObject(field).put("type", "string");
        }
        properties.putObject("status").put("type", "integer");
        ObjectNode violation = properties.putObject("violations").put("type", "array").putObject("items").put("type", "object");
        violation.putObject("properties").putObject("field").put("type", "string");
        ((ObjectNode) violation.path("properties")).putObject("message").put("type", "string");
        ObjectNode responses = components.putObject("responses");
        Map<String, String> descriptions = Map.of(
                "Unauthenticated", "No valid bearer token from the ppo realm",
                "Forbidden", "The caller's role or scope does not allow this",
                "TooManyRequests", "The caller's rate limit is reached; Retry-After says when to try again",
                "ServiceUnavailable", "The service is down or failing; Retry-After says when to try again",
                "GatewayTimeout", "The service did not answer within the route's timeout");
        GATEWAY_RESPONSES.values().forEach(name -> {
            ObjectNode response = responses.putObject(name);
            response.put("description", descriptions.get(name));
            response.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/" + GATEWAY_PROBLEM);
        });
        responses.putObject("InternalError").put("description", "Something failed inside the suite; quote the request id")
                .putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/" + GATEWAY_PROBLEM);
    }

    /** Copies a service's components into the merged ones; returns "kind/oldName" -> new name for those renamed. */
    private Map<String, String> mergeComponents(String service, JsonNode source, ObjectNode target) {
        Map<String, String> renames = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> kinds = source.fields();
        while (kinds.hasNext()) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            if (kind.getKey().equals("securitySchemes")) {
                continue;
            }
            ObjectNode into = target.has(kind.getKey()) ? (ObjectNode) target.get(kind.getKey()) : target.putObject(kind.getKey());
            Iterator<Map.Entry<String, JsonNode>> entries = kind.getValue().fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String name = entry.getKey();
                JsonNode existing = into.get(name);
                if (existing == null) {
                    into.set(name, entry.getValue());
                } else if (!existing.equals(entry.getValue())) {
                    String renamed = pascal(service) + name;
                    for (int n = 2; into.has(renamed); n++) {
                        renamed = pascal(service) + name + n;
                    }
                    into.set(renamed, entry.getValue());
                    renames.put(kind.getKey() + "/" + name, renamed);
                }
            }
        }
        return renames;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/")) {
                String key = ref.asText().substring("#/components/".length());
                String renamed = renames.get(key);
                if (renamed != null) {
                    object.set("$ref", TextNode.valueOf("#/components/" + key.split("/")[0] + "/" + renamed));
                }
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private void addPaths(String service, JsonNode source, Predicate<String> owns, ObjectNode paths, Set<String> operationIds,
                          ObjectNode components) {
        Iterator<Map.Entry<String, JsonNode>> entries = source.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!owns.test(entry.getKey()) || paths.has(entry.getKey())) {
                continue;
            }
            ObjectNode item = (ObjectNode) entry.getValue();
            for (String method : METHODS) {
                if (item.get(method) instanceof ObjectNode operation) {
                    secure(service, operation, operationIds);
                }
            }
            paths.set(entry.getKey(), item);
        }
    }

    private void addWebhooks(String service, JsonNode source, ObjectNode webhooks, Set<String> operationIds) {
        source.fields().forEachRemaining(entry -> {
            if (webhooks.has(entry.getKey()) || !(entry.getValue() instanceof ObjectNode item)) {
                return;
            }
            for (String method : METHODS) {
                if (item.get(method) instanceof ObjectNode operation) {
                    operation.put("x-ppo-service", service);
                    uniqueOperationId(service, operation, operationIds);
                }
            }
            webhooks.set(entry.getKey(), item);
        });
    }

    private void secure(String service, ObjectNode operation, Set<String> operationIds) {
        operation.putArray("security").addObject().putArray(SCHEME);
        operation.put("x-ppo-service", service);
        uniqueOperationId(service, operation, operationIds);
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        GATEWAY_RESPONSES.forEach((status, name) -> {
            if (!responses.has(status)) {
                responses.putObject(status).put("$ref", "#/components/responses/" + name);
            }
        });
    }

    private static void uniqueOperationId(String service, ObjectNode operation, Set<String> operationIds) {
        String id = operation.path("operationId").asText(null);
        if (id != null && !operationIds.add(id)) {
            String unique = service + pascal(id);
            operation.put("operationId", unique);
            operationIds.add(unique);
        }
    }

    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '_' || c == ' ') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
