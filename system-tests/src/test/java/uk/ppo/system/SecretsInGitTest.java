package uk.ppo.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret is committed: every file git tracks is searched for private keys, cloud keys, signed tokens
 * and password or secret values. The only literal credentials allowed are the documented local-only
 * ones ({@code ppo-local}, {@code *-local-secret}); anything else must come from the environment or a
 * Kubernetes Secret. Runs in {@code ./mvnw verify} (no suite needed).
 */
class SecretsInGitTest {

    static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----");
    static final Pattern CLOUD_KEY = Pattern.compile("\\b(?:AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|gh[pousr]_[A-Za-z0-9]{36})\\b");
    static final Pattern SIGNED_TOKEN = Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
    /** {@code "secret": "value"}, {@code password="value"}, {@code x.password=value} and the like. */
    static final Pattern ASSIGNED = Pattern.compile(
            "(?i)[\"']?[\\w.-]*(?:password|passwd|secret|api[_-]?key)(?![a-z])[\\w.-]*[\"']?\\s*[:=]\\s*[\"']?([^\"'\\s,}]{6,})");
    static final Pattern ALLOWED_VALUE = Pattern.compile(
            "ppo-local|[a-z-]+-local-secret|\\$.*|<[^>]*>?|CHANGE[_-]?ME.*|\\*+|[a-z]+\\(.*|[A-Za-z_]+\\.[A-Za-z_.()]+|[A-Z_]{6,}|true|false|null");

    @Test
    void noTrackedFileHoldsASecret() throws Exception {
        Path root = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectErrorStream(true).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), listing);
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String name : listing.split("\0")) {
            Path file = root.resolve(name);
            // package-lock.json: integrity hashes; mvnw: Maven's generated wrapper script
            if (name.isBlank() || name.endsWith("package-lock.json") || name.equals("mvnw") || !Files.isRegularFile(file) || Files.size(file) > 2_000_000) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException binary) {
                continue;
            }
            scanned++;
            int lineNumber = 0;
            for (String line : text.split("\n", -1)) {
                lineNumber++;
                String where = name + ":" + lineNumber;
                if (PRIVATE_KEY.matcher(line).find() || CLOUD_KEY.matcher(line).find() || SIGNED_TOKEN.matcher(line).find()) {
                    found.add(where + " looks like a key or token");
                }
                Matcher assigned = ASSIGNED.matcher(line);
                while (assigned.find()) {
                    if (!ALLOWED_VALUE.matcher(assigned.group(1)).matches() && !name.endsWith(".java") && !name.endsWith(".ts")) {
                        found.add(where + " assigns a literal credential");
                    }
                }
            }
        }
        assertTrue(scanned > 100, "scanned the repository (" + scanned + " files)");
        assertEquals(List.of(), found);
    }
}
