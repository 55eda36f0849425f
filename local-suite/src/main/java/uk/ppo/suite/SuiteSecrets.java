package uk.ppo.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The local run's database passwords: made on first start and kept in {@code secrets.properties} in the data
 * directory (owner-only), never in git. One password per database role, keyed by the role's name
 * ({@code offender_service}, {@code offender_owner}, ..., {@code keycloak}), so a service in dev mode can read
 * its own from the same file.
 */
final class SuiteSecrets {

    static final String FILE_NAME = "secrets.properties";
    static final String KEYCLOAK_DATABASE = "keycloak";

    private final Properties passwords;

    private SuiteSecrets(Properties passwords) {
        this.passwords = passwords;
    }

    /** The secrets of a data directory, making (and storing) any that are missing. */
    static SuiteSecrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties properties = new Properties();
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            }
            if (addMissing(properties)) {
                store(properties, file);
            }
            return new SuiteSecrets(properties);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or write " + file, e);
        }
    }

    /** A service's schema with its two roles and their passwords. */
    ServiceDatabase database(Suite.Service service) {
        return ServiceDatabase.forSchema(service.schema(), password(ServiceDatabase.runtimeRole(service.schema())),
                password(ServiceDatabase.ownerRole(service.schema())));
    }

    /** The password of Keycloak's own database role. */
    String keycloakDatabasePassword() {
        return password(KEYCLOAK_DATABASE);
    }

    private String password(String role) {
        return passwords.getProperty(role);
    }

    private static boolean addMissing(Properties properties) {
        List<String> roles = new ArrayList<>();
        for (Suite.Service service : Suite.Service.values()) {
            roles.add(ServiceDatabase.runtimeRole(service.schema()));
            roles.add(ServiceDatabase.ownerRole(service.schema()));
        }
        roles.add(KEYCLOAK_DATABASE);
        SecureRandom random = new SecureRandom();
        boolean changed = false;
        for (String role : roles) {
            if (!properties.containsKey(role)) {
                byte[] bytes = new byte[18];
                random.nextBytes(bytes);
                properties.setProperty(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                changed = true;
            }
        }
        return changed;
    }

    private static void store(Properties properties, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Local-run database passwords, generated on first start");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}
