package uk.ppo.k8s;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The production realm, made from the local run's {@code keycloak/realm-ppo.json} (the single source):
 * local-only clients and every user with a password are removed, client secrets become placeholders the
 * Keycloak Operator fills from the Secret {@value #CLIENT_SECRETS}, redirect URIs point at the public
 * https host with exact redirect URIs, no client may use the password grant, and every person logs in with a
 * second factor (OTP).
 */
final class RealmForKubernetes {

    static final String GATEWAY_HOST = "ppo.example.org";
    static final String CLIENT_SECRETS = "keycloak-client-secrets";
    /** Password-grant clients for local runs and the system tests (short-lived tokens, tokens without the audience). */
    static final Set<String> LOCAL_ONLY_CLIENTS = Set.of("ppo-cli", "ppo-test-short-lived", "ppo-test-no-audience");
    /** The browser flow (defined in the local realm, used only here) that asks every person for a one-time code. */
    static final String OTP_BROWSER_FLOW = "browser with required otp";
    /**
     * The only addresses a login may return to in production (no wildcards): the admin console's root and, for
     * ppo-mobile, Swagger UI's OAuth redirect page on the gateway and the app's own callback.
     */
    static final Map<String, List<String>> EXACT_REDIRECTS = Map.of(
            "ppo-admin-console", List.of("https://" + GATEWAY_HOST + "/admin/"),
            "ppo-mobile", List.of("https://" + GATEWAY_HOST + "/q/swagger-ui/oauth2-redirect.html", "ppo-mobile://callback"));
    static final String HEADER = """
            # GENERATED from keycloak/realm-ppo.json by k8s/src/test/java/uk/ppo/k8s/RealmForKubernetes.java: do not edit.
            # Regenerate after changing the realm: ./mvnw -pl k8s test -Dtest=RealmImportTest -Dk8s.regenerate=true
            # Local-only clients (ppo-cli, ppo-test-*) and all password users are stripped; client secrets come from the Secret
            # keycloak-client-secrets (k8s/README.md); exact redirect URIs on https://ppo.example.org; every person needs OTP
            # (browser flow "browser with required otp", CONFIGURE_TOTP a default required action).
            """;

    private RealmForKubernetes() {
    }

    static ObjectNode realmImport(JsonNode localRealm) {
        ObjectNode realm = localRealm.deepCopy();
        Map<String, String> placeholders = new LinkedHashMap<>();
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (Iterator<JsonNode> it = clients.elements(); it.hasNext();) {
            ObjectNode client = (ObjectNode) it.next();
            String clientId = client.path("clientId").asText();
            if (LOCAL_ONLY_CLIENTS.contains(clientId)) {
                it.remove();
                continue;
            }
            client.put("directAccessGrantsEnabled", false);
            if (client.has("secret")) {
                String variable = clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
                client.put("secret", "${" + variable + "}");
                placeholders.put(variable, clientId);
            }
            if (EXACT_REDIRECTS.containsKey(clientId)) {
                ArrayNode exact = JsonNodeFactory.instance.arrayNode();
                EXACT_REDIRECTS.get(clientId).forEach(exact::add);
                client.set("redirectUris", exact);
            }
            for (String field : List.of("redirectUris", "webOrigins")) {
                if (client.has(field)) {
                    ArrayNode prod = JsonNodeFactory.instance.arrayNode();
                    for (JsonNode uri : client.get(field)) {
                        String u = uri.asText();
                        if (u.startsWith("http://127.0.0.1")) {
                            continue;
                        }
                        u = u.replaceFirst("^http://localhost(:\\d+)?", "https://" + GATEWAY_HOST);
                        if (!containsText(prod, u)) {
                            prod.add(u);
                        }
                    }
                    client.set(field, prod);
                }
            }
        }
        // scope mappings of the stripped clients go too (Keycloak refuses a mapping for an unknown client)
        removeLocalOnly((ArrayNode) realm.get("scopeMappings"));
        JsonNode clientScopeMappings = realm.path("clientScopeMappings");
        for (Iterator<Map.Entry<String, JsonNode>> it = clientScopeMappings.fields(); it.hasNext();) {
            ArrayNode mappings = (ArrayNode) it.next().getValue();
            removeLocalOnly(mappings);
            if (mappings.isEmpty()) {
                it.remove();
            }
        }
        if (clientScopeMappings.isObject() && clientScopeMappings.isEmpty()) {
            realm.remove("clientScopeMappings");
        }
        ArrayNode users = (ArrayNode) realm.get("users");
        for (Iterator<JsonNode> it = users.elements(); it.hasNext();) {
            JsonNode user = it.next();
            String owner = user.path("serviceAccountClientId").asText("");
            if (user.has("credentials") || owner.isEmpty() || LOCAL_ONLY_CLIENTS.contains(owner)) {
                it.remove();
            }
        }
        realm.put("sslRequired", "external");
        requireOtpForEveryPerson(realm);
        String text = realm.toString();
        if (text.contains("localhost") || text.contains("127.0.0.1") || text.contains("local-secret")) {
            throw new IllegalStateException("the production realm still mentions a local address or secret");
        }
        for (JsonNode client : clients) {
            for (JsonNode uri : client.path("redirectUris")) {
                if (uri.asText().contains("*")) {
                    throw new IllegalStateException(client.path("clientId").asText() + " has a wildcard redirect URI: "
                            + uri.asText() + " (add its exact URIs to EXACT_REDIRECTS)");
                }
            }
        }

        ObjectNode cr = JsonNodeFactory.instance.objectNode();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        cr.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = cr.putObject("metadata");
        metadata.put("name", "ppo-realm");
        ObjectNode labels = metadata.putObject("labels");
        labels.put("app.kubernetes.io/name", "keycloak");
        labels.put("app.kubernetes.io/component", "identity");
        ObjectNode spec = cr.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        ObjectNode ph = spec.putObject("placeholders");
        placeholders.forEach((variable, clientId) -> {
            ObjectNode secret = ph.putObject(variable).putObject("secret");
            secret.put("name", CLIENT_SECRETS);
            secret.put("key", clientId);
        });
        spec.set("realm", realm);
        return cr;
    }

    static String toYaml(ObjectNode realmImport) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
        try {
            return HEADER + yaml.writeValueAsString(realmImport);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client ids whose secrets the operator must find in {@value #CLIENT_SECRETS}. */
    static List<String> secretKeys(ObjectNode realmImport) {
        List<String> keys = new ArrayList<>();
        realmImport.path("spec").path("placeholders")
                .forEach(p -> keys.add(p.path("secret").path("key").asText()));
        return keys;
    }

    /**
     * Every person needs a second factor: the browser flow is the local realm's (unused there) flow whose
     * OTP form is REQUIRED, and CONFIGURE_TOTP is a default required action, so a new user sets up OTP at
     * the first login. The local realm keeps Keycloak's default browser flow (OTP only for users who set
     * it up), so its sample users log in with a password alone.
     */
    private static void requireOtpForEveryPerson(ObjectNode realm) {
        boolean flowDefined = false;
        for (JsonNode flow : realm.path("authenticationFlows")) {
            flowDefined |= OTP_BROWSER_FLOW.equals(flow.path("alias").asText());
        }
        if (!flowDefined) {
            throw new IllegalStateException("keycloak/realm-ppo.json has no authentication flow '" + OTP_BROWSER_FLOW + "'");
        }
        realm.put("browserFlow", OTP_BROWSER_FLOW);
        for (JsonNode action : realm.path("requiredActions")) {
            if ("CONFIGURE_TOTP".equals(action.path("alias").asText())) {
                ((ObjectNode) action).put("enabled", true);
                ((ObjectNode) action).put("defaultAction", true);
                return;
            }
        }
        throw new IllegalStateException("keycloak/realm-ppo.json has no required action CONFIGURE_TOTP");
    }

    private static void removeLocalOnly(ArrayNode mappings) {
        if (mappings == null) {
            return;
        }
        for (Iterator<JsonNode> it = mappings.elements(); it.hasNext();) {
            if (LOCAL_ONLY_CLIENTS.contains(it.next().path("client").asText())) {
                it.remove();
            }
        }
    }

    private static boolean containsText(ArrayNode array, String text) {
        for (JsonNode n : array) {
            if (n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
