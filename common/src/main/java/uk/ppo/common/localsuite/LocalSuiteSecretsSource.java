package uk.ppo.common.localsuite;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The database passwords of a suite started by {@code ./run.sh}, which keeps them in {@code secrets.properties} in its
 * data directory ({@code $PPO_DATA_DIR}, else {@code ~/.ppo-suite}), as {@code ppo.local-suite.secrets.<role>}
 * ({@code ppo.local-suite.secrets.offender_service}, ...). Only the services' {@code %dev} profiles read these keys, so
 * {@code quarkus:dev} connects as the running suite's services do; without that file (Kubernetes, CI) it is empty.
 */
public class LocalSuiteSecretsSource implements ConfigSource {

    public static final String PREFIX = "ppo.local-suite.secrets.";

    private final Path file;
    private final Map<String, String> values;

    public LocalSuiteSecretsSource() {
        this(dataDirectory(System.getenv("PPO_DATA_DIR"), System.getProperty("user.home")).resolve("secrets.properties"));
    }

    LocalSuiteSecretsSource(Path file) {
        this.file = file;
        this.values = read(file);
    }

    /** Where {@code ./run.sh} keeps the suite's data. */
    static Path dataDirectory(String ppoDataDir, String userHome) {
        return ppoDataDir != null && !ppoDataDir.isBlank() ? Path.of(ppoDataDir) : Path.of(userHome, ".ppo-suite");
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "local suite secrets (" + file + ")";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isReadable(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        properties.stringPropertyNames().forEach(role -> values.put(PREFIX + role, properties.getProperty(role)));
        return values;
    }
}
