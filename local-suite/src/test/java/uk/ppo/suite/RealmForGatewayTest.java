package uk.ppo.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RealmForGatewayTest {

    private static String committedRealm() throws IOException {
        return Files.readString(Path.of("../keycloak/realm-ppo.json"));
    }

    private static List<String> consoleRedirects(String realm) throws IOException {
        List<String> uris = new ArrayList<>();
        for (JsonNode client : new ObjectMapper().readTree(realm).path("clients")) {
            if (client.path("clientId").asText().equals("ppo-admin-console")) {
                client.path("redirectUris").forEach(uri -> uris.add(uri.asText()));
            }
        }
        return uris;
    }

    @Test
    void aSuiteOnAnotherPortBlockLetsTheAdminConsoleLogInThroughItsOwnGateway() throws IOException {
        String realm = KeycloakRealm.forGateway(committedRealm(), 48080);
        assertEquals(List.of("http://localhost:8080/admin/*", "http://localhost:18080/admin/*", "http://localhost:48080/admin/*"),
                consoleRedirects(realm));
        assertEquals(new ObjectMapper().readTree(committedRealm()).path("clients").size(),
                new ObjectMapper().readTree(realm).path("clients").size());
    }

    @Test
    void theCommittedGatewaysImportTheRealmUnchanged() throws IOException {
        assertEquals(committedRealm(), KeycloakRealm.forGateway(committedRealm(), 8080));
        assertEquals(committedRealm(), KeycloakRealm.forGateway(committedRealm(), 18080));
    }
}
