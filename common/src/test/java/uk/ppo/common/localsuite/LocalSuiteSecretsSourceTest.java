package uk.ppo.common.localsuite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LocalSuiteSecretsSourceTest {

    @TempDir
    Path data;

    @Test
    void offersEachRolesPasswordUnderItsName() throws IOException {
        Files.writeString(data.resolve("secrets.properties"), "offender_service=abc\noffender_owner=def\n");
        LocalSuiteSecretsSource source = new LocalSuiteSecretsSource(data.resolve("secrets.properties"));
        assertEquals("abc", source.getValue("ppo.local-suite.secrets.offender_service"));
        assertEquals(Set.of("ppo.local-suite.secrets.offender_service", "ppo.local-suite.secrets.offender_owner"), source.getPropertyNames());
        assertNull(source.getValue("offender_service"));
    }

    @Test
    void isEmptyWithoutASuite() {
        assertEquals(Set.of(), new LocalSuiteSecretsSource(data.resolve("secrets.properties")).getPropertyNames());
    }

    @Test
    void looksWhereRunShKeepsTheData() {
        assertEquals(Path.of("/srv/ppo"), LocalSuiteSecretsSource.dataDirectory("/srv/ppo", "/home/ada"));
        assertEquals(Path.of("/home/ada/.ppo-suite"), LocalSuiteSecretsSource.dataDirectory(null, "/home/ada"));
        assertEquals(Path.of("/home/ada/.ppo-suite"), LocalSuiteSecretsSource.dataDirectory(" ", "/home/ada"));
    }
}
