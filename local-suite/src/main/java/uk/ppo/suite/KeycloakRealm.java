package uk.ppo.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The committed realm ({@code keycloak/realm-ppo.json}) as the local Keycloak imports it. Keycloak keeps its state in
 * its own database and imports the realm only when the realm does not exist yet, so when the realm to import changes,
 * its database starts again empty.
 */
final class KeycloakRealm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMITTED_REDIRECT = "http://localhost:18080/admin/*";

    private KeycloakRealm() {
    }

    /** Writes the realm to Keycloak's import directory, emptying Keycloak's database first if the realm changed. */
    static void prepareImport(SuiteConfig config, LocalPostgres postgres, SuiteSecrets secrets) {
        String realm;
        try {
            realm = forGateway(Files.readString(config.realmFile(), StandardCharsets.UTF_8), config.gatewayPort());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + config.realmFile(), e);
        }
        String realmHash = sha256(realm.getBytes(StandardCharsets.UTF_8));
        Path hashFile = config.dataDirectory().resolve("keycloak-realm.sha256");
        postgres.createRole(SuiteSecrets.KEYCLOAK_DATABASE, secrets.keycloakDatabasePassword());
        try {
            String imported = Files.exists(hashFile) ? Files.readString(hashFile).trim() : "";
            if (!realmHash.equals(imported)) {
                Suite.log(imported.isEmpty() ? "Importing the ppo realm" : "The realm file changed: re-importing the ppo realm");
                postgres.recreateDatabase(SuiteSecrets.KEYCLOAK_DATABASE, SuiteSecrets.KEYCLOAK_DATABASE);
                Files.writeString(hashFile, realmHash);
            }
            Path importDir = config.keycloakHome().resolve("data/import");
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve("realm-ppo.json"), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare Keycloak's realm import", e);
        }
    }

    /**
     * The committed realm lets the admin console's login return to a gateway on 8080 (./run.sh) or 18080 (the system
     * tests). A suite on another port block (-Dppo.system-test.port-base) adds its own gateway to the redirect URIs of
     * each client that has the 18080 one, or Keycloak refuses the browser's login. Unchanged when nothing is added.
     */
    static String forGateway(String realm, int gatewayPort) {
        String own = "http://localhost:" + gatewayPort + "/admin/*";
        try {
            JsonNode root = JSON.readTree(realm);
            boolean added = false;
            for (JsonNode client : root.path("clients")) {
                if (client.path("redirectUris") instanceof ArrayNode uris && contains(uris, COMMITTED_REDIRECT) && !contains(uris, own)) {
                    uris.insert(indexOf(uris, COMMITTED_REDIRECT) + 1, TextNode.valueOf(own));
                    added = true;
                }
            }
            return added ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString((ObjectNode) root) : realm;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The realm file is not JSON", e);
        }
    }

    private static boolean contains(ArrayNode values, String value) {
        return indexOf(values, value) >= 0;
    }

    private static int indexOf(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (value.equals(values.get(i).asText())) {
                return i;
            }
        }
        return -1;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
