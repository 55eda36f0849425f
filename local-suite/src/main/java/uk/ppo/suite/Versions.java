package uk.ppo.suite;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions fixed by the build (root pom), so the launcher finds what Maven unpacked. */
final class Versions {

    static final String KEYCLOAK = load().getProperty("keycloak.version");

    private Versions() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/local-suite.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-suite.properties missing from the launcher jar", e);
        }
        return properties;
    }
}
