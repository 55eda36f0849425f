package uk.ppo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        // the gateway's and scoring-service's service accounts.
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
                assertEquals("[\"https://ppo.example.org/admin/*\"]", client.path("redirectUris").toString());
                return;
            }
        }
        throw new AssertionError("no ppo-admin-console client");
    }

    @Test
    void everyClientSecretPlaceholderIsFilledFromTheDocumentedSecret() throws IOException {
        ObjectNode cr = RealmForKubernetes.realmImport(localRealm());
        List<String> keys = RealmForKubernetes.secretKeys(cr);
        assertEquals(List.of("police-system", "probation-system", "ppo-gateway", "scoring-service"), keys);
        String readme = Files.readString(ROOT.resolve("k8s/README.md"));
        for (String key : keys) {
            assertTrue(readme.contains("--from-literal=" + key + "="), "k8s/README.md does not say how to set " + key);
        }
        cr.path("spec").path("placeholders").fields().forEachRemaining(e -> assertTrue(
                cr.path("spec").path("realm").toString().contains("${" + e.getKey() + "}"), e.getKey() + " unused"));
    }
}
