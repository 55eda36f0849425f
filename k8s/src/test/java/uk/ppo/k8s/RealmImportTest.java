package uk.ppo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class RealmImportTest {

    static final Path ROOT = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
    static final Path COMMITTED = ROOT.resolve("k8s/base/keycloak/realm-import.yaml");

    static JsonNode localRealm() throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve("keycloak/realm-ppo.json").toFile());
    }

    @Test
    void committedRealmImportIsTheOneGeneratedFromTheLocalRealmFile() throws IOException {
        String generated = RealmForKubernetes.toYaml(RealmForKubernetes.realmImport(localRealm()));
        if (Boolean.getBoolean("k8s.regenerate")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "k8s/base/keycloak/realm-import.yaml is stale: keycloak/realm-ppo.json changed. Regenerate with "
                        + "./mvnw -pl k8s test -Dtest=RealmImportTest -Dk8s.regenerate=true");
    }

    @Test
    void generatedYamlReadsBackAsTheSameRealm() throws IOException {
        ObjectNode cr = RealmForKubernetes.realmImport(localRealm());
        List<ObjectNode> read = Kustomize.readAll(RealmForKubernetes.toYaml(cr));
        assertEquals(1, read.size());
        assertEquals(cr, read.get(0));
    }

    @Test
    void productionRealmHasNoLocalOnlyClientNoPasswordUserAndNoLiteralSecret() throws IOException {
        JsonNode local = localRealm();
        ObjectNode cr = RealmForKubernetes.realmImport(local);
        JsonNode realm = cr.path("spec").path("realm");
        assertEquals(local.path("realm").asText(), realm.path("realm").asText());

        List<String> clientIds = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            clientIds.add(id);
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " allows the password grant");
            if (client.has("secret")) {
                assertTrue(client.get("secret").asText().matches("\\$\\{[A-Z0-9_]+_SECRET}"),
                        id + " has a literal secret");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertFalse(uri.asText().contains("*"), id + " has a wildcard redirect URI " + uri.asText());
                assertTrue(uri.asText().startsWith("https://" + RealmForKubernetes.GATEWAY_HOST + "/")
                        || uri.asText().matches("[a-z-]+://.*") && !uri.asText().startsWith("http"),
                        id + " redirects to " + uri.asText());
            }
        }
        for (String localOnly : RealmForKubernetes.LOCAL_ONLY_CLIENTS) {
            assertFalse(clientIds.contains(localOnly), localOnly + " is local-only");
        }
        assertTrue(RealmForKubernetes.LOCAL_ONLY_CLIENTS.containsAll(List.of("ppo-cli", "ppo-test-short-lived", "ppo-test-no-audience")));
        // Everything else of the local realm is kept: partner systems, the mobile app, the admin console,
        // scoring-service's and action-plan-service's service accounts.
        for (JsonNode client : local.path("clients")) {
            String id = client.path("clientId").asText();
            assertEquals(!RealmForKubernetes.LOCAL_ONLY_CLIENTS.contains(id), clientIds.contains(id), id);
        }
        assertTrue(realm.path("roles").equals(local.path("roles")), "realm roles changed");

        for (JsonNode user : realm.path("users")) {
            assertFalse(user.has("credentials"), user.path("username").asText() + " has a password");
            assertTrue(user.path("username").asText().startsWith("service-account-"));
        }
        long serviceAccounts = 0;
        for (JsonNode user : local.path("users")) {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts++;
            }
        }
        assertEquals(serviceAccounts, realm.path("users").size(), "service-account users must all be kept");
    }

    @Test
    void adminConsoleMayLogInOnTheKubernetesHost() throws IOException {
        JsonNode realm = RealmForKubernetes.realmImport(localRealm()).path("spec").path("realm");
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("ppo-admin-console")) {
                assertEquals("[\"https://ppo.example.org/admin/\"]", client.path("redirectUris").toString());
                return;
            }
        }
        throw new AssertionError("no ppo-admin-console client");
    }

    @Test
    void everyClientSecretPlaceholderIsFilledFromTheDocumentedSecret() throws IOException {
        ObjectNode cr = RealmForKubernetes.realmImport(localRealm());
        List<String> keys = RealmForKubernetes.secretKeys(cr);
        assertEquals(List.of("police-system", "probation-system", "scoring-service", "action-plan-service", "offender-service"), keys);
        String readme = Files.readString(ROOT.resolve("k8s/README.md"));
        for (String key : keys) {
            assertTrue(readme.contains("--from-literal=" + key + "="), "k8s/README.md does not say how to set " + key);
        }
        cr.path("spec").path("placeholders").fields().forEachRemaining(e -> assertTrue(
                cr.path("spec").path("realm").toString().contains("${" + e.getKey() + "}"), e.getKey() + " unused"));
    }

    @Test
    void everyPersonNeedsASecondFactorInKubernetesButNotInTheLocalRun() throws IOException {
        JsonNode local = localRealm();
        JsonNode realm = RealmForKubernetes.realmImport(local).path("spec").path("realm");
        assertEquals(RealmForKubernetes.OTP_BROWSER_FLOW, realm.path("browserFlow").asText());
        assertTrue(local.path("browserFlow").isMissingNode(), "the local realm keeps Keycloak's default browser flow");
        List<String> required = new ArrayList<>();
        for (JsonNode flow : realm.path("authenticationFlows")) {
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                if ("REQUIRED".equals(execution.path("requirement").asText())) {
                    required.add(execution.path("authenticator").asText());
                }
            }
        }
        assertEquals(List.of("auth-username-password-form", "auth-otp-form"), required);
        assertEquals(Map.of("CONFIGURE_TOTP", "true/true"), totpAction(realm));
        assertEquals(Map.of("CONFIGURE_TOTP", "true/false"), totpAction(local));
        // every other built-in required action is still there (a partial list would drop them on import)
        assertTrue(realm.path("requiredActions").size() >= 10, realm.path("requiredActions").toString());
    }

    private static Map<String, String> totpAction(JsonNode realm) {
        Map<String, String> found = new HashMap<>();
        for (JsonNode action : realm.path("requiredActions")) {
            if (action.path("alias").asText().equals("CONFIGURE_TOTP")) {
                found.put("CONFIGURE_TOTP", action.path("enabled").asBoolean() + "/" + action.path("defaultAction").asBoolean());
            }
        }
        return found;
    }

    @Test
    void bothRealmsHardenPasswordsLoginsAndEvents() throws IOException {
        JsonNode local = localRealm();
        for (JsonNode realm : List.of(local, RealmForKubernetes.realmImport(local).path("spec").path("realm"))) {
            String policy = realm.path("passwordPolicy").asText();
            for (String rule : List.of("length(12)", "notUsername", "notEmail", "passwordHistory(")) {
                assertTrue(policy.contains(rule), policy + " lacks " + rule);
            }
            assertTrue(realm.path("bruteForceProtected").asBoolean());
            assertTrue(realm.path("failureFactor").asInt() > 0 && realm.path("failureFactor").asInt() <= 10);
            assertTrue(realm.path("eventsEnabled").asBoolean());
            assertTrue(realm.path("adminEventsEnabled").asBoolean());
            assertTrue(realm.path("eventsExpiration").asLong() > 0);
            assertTrue(realm.path("attributes").path("adminEventsExpiration").asLong() > 0);
        }
    }

    /** Each client's tokens can carry only the roles it needs: no full scope, an explicit mapping per client. */
    @Test
    void everyClientsTokensCarryOnlyTheRolesItNeeds() throws IOException {
        JsonNode local = localRealm();
        List<String> userRoles = List.of("admin", "coordinator", "offender-manager", "officer", "analyst", "auditor",
                "data-protection-officer");
        Map<String, List<String>> expected = new HashMap<>();
        for (String client : List.of("ppo-mobile", "ppo-admin-console", "ppo-cli", "ppo-test-short-lived", "ppo-test-no-audience")) {
            expected.put(client, userRoles);
        }
        expected.put("police-system", List.of("partner-system"));
        expected.put("probation-system", List.of("partner-system"));
        expected.put("scoring-service", List.of("scoring-feed", "scope-lookup"));
        expected.put("action-plan-service", List.of("conference-feed", "indicator-feed", "scope-lookup"));
        expected.put("offender-service", List.of("data-protection-service"));
        for (JsonNode realm : List.of(local, RealmForKubernetes.realmImport(local).path("spec").path("realm"))) {
            Map<String, List<String>> mapped = new HashMap<>();
            for (JsonNode mapping : realm.path("scopeMappings")) {
                List<String> roles = new ArrayList<>();
                mapping.path("roles").forEach(r -> roles.add(r.asText()));
                mapped.put(mapping.path("client").asText(), roles);
            }
            for (JsonNode client : realm.path("clients")) {
                String id = client.path("clientId").asText();
                assertFalse(client.path("fullScopeAllowed").asBoolean(true), id + " allows the full scope");
                assertEquals(expected.get(id), mapped.get(id), id);
            }
            assertEquals(realm.path("clients").size(), mapped.size(), "a scope mapping for a client that is not there");
            assertFalse(realm.toString().contains("ppo-gateway"), "the unused ppo-gateway client is gone");
        }
    }

    /** schemes and agency are declared in the user profile, visible and editable by admins only. */
    @Test
    void entitlementAttributesAreAdminOnlyInTheUserProfile() throws IOException {
        JsonNode local = localRealm();
        for (JsonNode realm : List.of(local, RealmForKubernetes.realmImport(local).path("spec").path("realm"))) {
            JsonNode profile = new ObjectMapper().readTree(realm.path("components")
                    .path("org.keycloak.userprofile.UserProfileProvider").get(0)
                    .path("config").path("kc.user.profile.config").get(0).asText());
            assertFalse("ENABLED".equals(profile.path("unmanagedAttributePolicy").asText()), "users may set any attribute");
            Map<String, JsonNode> attributes = new HashMap<>();
            profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
            for (String name : List.of("schemes", "agency")) {
                JsonNode attribute = attributes.get(name);
                assertEquals("[\"admin\"]", attribute.path("permissions").path("view").toString(), name);
                assertEquals("[\"admin\"]", attribute.path("permissions").path("edit").toString(), name);
            }
            assertTrue(attributes.get("schemes").path("multivalued").asBoolean());
            // a scheme code as offender-service accepts it (SchemeRecords), or * for every scheme
            String schemeCode = schemeCodePattern();
            assertEquals("^(\\*|" + schemeCode + ")$",
                    attributes.get("schemes").path("validations").path("pattern").path("pattern").asText());
            assertFalse(attributes.get("agency").path("multivalued").asBoolean());
        }
    }

    private static String schemeCodePattern() throws IOException {
        String records = Files.readString(ROOT.resolve(
                "offender-service/src/main/java/uk/ppo/offender/scheme/SchemeRecords.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@Pattern\\(regexp = \"([^\"]+)\"").matcher(records);
        assertTrue(m.find(), "offender-service's scheme code pattern");
        return m.group(1);
    }

    /** Partner systems' entitlements are explicit attributes of their service accounts (mapped like a person's). */
    @Test
    void partnerSystemsCarryExplicitAgencyAndSchemes() throws IOException {
        JsonNode realm = RealmForKubernetes.realmImport(localRealm()).path("spec").path("realm");
        Map<String, String> entitlements = new HashMap<>();
        for (JsonNode user : realm.path("users")) {
            entitlements.put(user.path("serviceAccountClientId").asText(),
                    user.path("attributes").path("agency") + " " + user.path("attributes").path("schemes"));
        }
        assertEquals("[\"police\"] [\"HASTINGS\",\"EASTBOURNE\"]", entitlements.get("police-system"));
        assertEquals("[\"probation\"] [\"*\"]", entitlements.get("probation-system"));
    }
}
