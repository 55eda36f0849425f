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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * Env names of the keys the module reads itself: its own {@code application.properties} and common's
     * config (profile prefixes removed), and in the Java sources of the module and of the project modules
     * it depends on, every {@code "ppo.…"}/{@code "quarkus.…"} key literal and every top-level property of
     * a {@code @ConfigMapping} interface.
     */
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
        for (String m : modulesOf(root, module)) {
            Path sources = root.resolve(m).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                    keys.addAll(keysInSource(Files.readString(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:ppo|quarkus)\\.[a-z0-9.-]+)\"");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([a-z0-9.-]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("(?m)^    [A-Za-z][\\w<>, ?.]*\\s+(\\w+)\\(\\);");

    static Set<String> keysInSource(String java) {
        Set<String> keys = new HashSet<>();
        Matcher literal = KEY_LITERAL.matcher(java);
        while (literal.find()) {
            keys.add(envName(literal.group(1)));
        }
        Matcher mapping = MAPPING.matcher(java);
        if (mapping.find()) {
            keys.remove(envName(mapping.group(1)));
            Matcher method = MAPPING_METHOD.matcher(java);
            while (method.find()) {
                String kebab = method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
                keys.add(envName(mapping.group(1) + "." + kebab));
            }
        }
        return keys;
    }

    /** The module and the project modules it depends on at run time (not test scope), transitively. */
    static Set<String> modulesOf(Path root, String module) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(module));
        Pattern dep = Pattern.compile("<dependency>\\s*<groupId>uk\\.ppo</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
                Pattern.DOTALL);
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (!out.add(m)) {
                continue;
            }
            try {
                Matcher d = dep.matcher(Files.readString(root.resolve(m).resolve("pom.xml")));
                while (d.find()) {
                    if (!d.group(2).contains("<scope>test</scope>") && Files.isDirectory(root.resolve(d.group(1)))) {
                        todo.push(d.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
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
