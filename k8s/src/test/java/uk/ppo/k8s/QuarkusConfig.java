package uk.ppo.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration keys a service reads, as environment variable names: its own
 * {@code application.properties}, common's {@code microprofile-config.properties}, and every key the
 * Quarkus extensions document (their {@code META-INF/quarkus-config-doc}), with the phase in which
 * Quarkus reads it (a build-time key set by the environment at run time does nothing).
 */
final class QuarkusConfig {

    record Documented(String property, String phase, String extension) {
    }

    private static Map<String, Documented> documented;

    private QuarkusConfig() {
    }

    /** MicroProfile Config's environment name of a property: upper case, every other character '_'. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** Env names of the keys in the service's own config files (profile prefixes removed). */
    static Set<String> ownKeys(Path root, String module) {
        Set<String> keys = new HashSet<>();
        for (Path file : new Path[] { root.resolve(module).resolve("src/main/resources/application.properties"),
                root.resolve("common/src/main/resources/META-INF/microprofile-config.properties") }) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : p.stringPropertyNames()) {
                keys.add(envName(key.replaceFirst("^%[^.]+\\.", "")));
            }
        }
        return keys;
    }

    /** Documented Quarkus keys by environment name. */
    static synchronized Map<String, Documented> documented() {
        if (documented == null) {
            Map<String, Documented> all = new HashMap<>();
            ObjectMapper json = new ObjectMapper();
            try {
                for (URL url : Collections.list(QuarkusConfig.class.getClassLoader()
                        .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                    JsonNode model = json.readTree(url);
                    for (JsonNode root : model.path("configRoots")) {
                        collect(root.path("items"), root.path("extension").path("artifactId").asText(), all);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            documented = all;
        }
        return documented;
    }

    private static void collect(JsonNode items, String extension, Map<String, Documented> into) {
        for (JsonNode item : items) {
            JsonNode path = item.path("path");
            if (path.isObject() && path.has("environmentVariable")) {
                into.put(path.get("environmentVariable").asText(),
                        new Documented(path.path("property").asText(), item.path("phase").asText(), extension));
            }
            collect(item.path("items"), extension, into);
        }
    }
}
