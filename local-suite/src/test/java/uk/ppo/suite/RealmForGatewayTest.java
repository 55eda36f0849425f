package uk.ppo.suite;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealmForGatewayTest {

    private static String committedRealm() throws IOException {
        return Files.readString(Path.of("../keycloak/realm-ppo.json"));
    }

    @Test
    void aSuiteOnAnotherPortBlockLetsTheAdminConsoleLogInThroughItsOwnGateway() throws IOException {
        String realm = Suite.realmForGateway(committedRealm(), 48080);
        assertTrue(realm.contains("\"http://localhost:18080/admin/*\", \"http://localhost:48080/admin/*\""), "no redirect URI for 48080");
    }

    @Test
    void theCommittedGatewaysImportTheRealmUnchanged() throws IOException {
        assertEquals(committedRealm(), Suite.realmForGateway(committedRealm(), 8080));
        assertEquals(committedRealm(), Suite.realmForGateway(committedRealm(), 18080));
    }
}
