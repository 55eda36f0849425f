package uk.ppo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KustomizeTest {

    @TempDir
    Path dir;

    private void write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> out = new TreeMap<>();
        for (ObjectNode o : objects) {
            out.put(o.path("kind").asText() + "/" + o.path("metadata").path("name").asText(), o);
        }
        return out;
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                    - name: web
                      image: web:1
                      env:
                        - name: A
                          value: "1"
                        - name: CONFIG
                          valueFrom:
                            configMapKeyRef:
                              name: settings
                              key: CONFIG
            """;

    @Test
    void configMapNameGetsKustomizesContentHashAndReferencesFollowIt() throws IOException {
        write("base/deployment.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", """
                resources: [deployment.yaml]
                configMapGenerator:
                  - name: settings
                    literals: [CONFIG=a<b&c, OTHER=x]
                """);
        write("overlay/kustomization.yaml", """
                resources: [../base]
                configMapGenerator:
                  - name: settings
                    behavior: merge
                    literals: [OTHER=y]
                """);
        Map<String, ObjectNode> base = byId(Kustomize.render(dir.resolve("base")));
        Map<String, ObjectNode> overlay = byId(Kustomize.render(dir.resolve("overlay")));
        // Hashes as kubectl kustomize (kustomize v5.5.0) prints them for these two ConfigMaps.
        assertTrue(base.containsKey("ConfigMap/settings-" + Kustomize.configMapHash(configMap("settings",
                Map.of("CONFIG", "a<b&c", "OTHER", "x")))));
        String merged = overlay.keySet().stream().filter(k -> k.startsWith("ConfigMap/")).findFirst().orElseThrow();
        assertTrue(!base.containsKey(merged), "a changed ConfigMap must get a new name");
        assertEquals(merged.substring("ConfigMap/".length()), overlay.get("Deployment/web").at(
                "/spec/template/spec/containers/0/env/1/valueFrom/configMapKeyRef/name").asText());
        assertEquals("y", overlay.get(merged).at("/data/OTHER").asText());
        assertEquals("a<b&c", overlay.get(merged).at("/data/CONFIG").asText());
    }

    @Test
    void configMapHashMatchesKustomizeForKnownConfigMaps() {
        // kubectl kustomize (kustomize v5.5.0): literal A=b in ConfigMap s is s-b9t2424hkf.
        assertEquals("b9t2424hkf", Kustomize.configMapHash(configMap("s", Map.of("A", "b"))));
        // `kubectl kustomize` (kustomize v5.5.0) names this one ppo-config-ttdb6546k9 (the prod overlay's
        // ConfigMap at the time of writing).
        ObjectNode cm = configMap("ppo-config", Map.of(
                "QUARKUS_OIDC_AUTH_SERVER_URL", "http://keycloak-service:8080/realms/ppo",
                "QUARKUS_OIDC_TOKEN_ISSUER", "https://keycloak.example.org/realms/ppo",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://ppo-db-rw:5432/ppo"));
        assertEquals("ttdb6546k9", Kustomize.configMapHash(cm));
    }

    private static ObjectNode configMap(String name, Map<String, String> data) {
        ObjectNode cm = Kustomize.YAML.createObjectNode();
        cm.put("kind", "ConfigMap");
        cm.putObject("metadata").put("name", name);
        ObjectNode d = cm.putObject("data");
        data.forEach(d::put);
        return cm;
    }

    @Test
    void strategicMergeMergesContainersAndEnvByNameAndJsonPatchesApplyToEveryTarget() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: web
                          env:
                            - name: A
                              value: "2"
                            - name: B
                              value: "3"
                """);
        write("kustomization.yaml", """
                namespace: team
                labels:
                  - pairs: {part-of: suite}
                    includeTemplates: true
                resources: [deployment.yaml]
                configMapGenerator:
                  - name: settings
                    literals: [CONFIG=x]
                patches:
                  - path: patch.yaml
                  - target: {kind: Deployment}
                    patch: |-
                      - op: replace
                        path: /spec/template/spec/containers/0/image
                        value: web:2
                """);
        ObjectNode d = byId(Kustomize.render(dir)).get("Deployment/web");
        assertEquals(3, d.at("/spec/replicas").asInt());
        assertEquals("web:2", d.at("/spec/template/spec/containers/0/image").asText());
        assertEquals("[\"A\",\"CONFIG\",\"B\"]", names(d.at("/spec/template/spec/containers/0/env")));
        assertEquals("2", d.at("/spec/template/spec/containers/0/env/0/value").asText());
        assertEquals("team", d.at("/metadata/namespace").asText());
        assertEquals("suite", d.at("/metadata/labels/part-of").asText());
        assertEquals("suite", d.at("/spec/template/metadata/labels/part-of").asText());
        assertEquals("web", d.at("/spec/template/metadata/labels/app").asText());
    }

    private static String names(com.fasterxml.jackson.databind.JsonNode list) {
        StringBuilder b = new StringBuilder("[");
        list.forEach(e -> b.append(b.length() > 1 ? "," : "").append('"').append(e.path("name").asText()).append('"'));
        return b.append(']').toString();
    }

    @Test
    void configMapFromFilesTakesTheFileNameAsKeyAndOptionsGiveLabelsAndNoHash() throws IOException {
        write("dashboards/a.json", "{\"uid\": \"a\"}\n");
        write("kustomization.yaml", """
                configMapGenerator:
                  - name: dash
                    files: [dashboards/a.json, other.json=dashboards/a.json]
                    options:
                      disableNameSuffixHash: true
                      labels: {grafana_dashboard: "1"}
                  - name: hashed
                    files: [dashboards/a.json]
                """);
        Map<String, ObjectNode> out = byId(Kustomize.render(dir));
        ObjectNode dash = out.get("ConfigMap/dash");
        assertTrue(dash != null, out.keySet().toString());
        assertEquals("{\"uid\": \"a\"}\n", dash.at("/data/a.json").asText());
        assertEquals("{\"uid\": \"a\"}\n", dash.at("/data/other.json").asText());
        assertEquals("1", dash.at("/metadata/labels/grafana_dashboard").asText());
        assertEquals(List.of("apiVersion", "kind", "metadata", "data"), fieldNames(dash), "no marker left behind");
        assertTrue(out.keySet().stream().anyMatch(k -> k.matches("ConfigMap/hashed-[a-z0-9]{10}")), out.keySet().toString());
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> names = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void refusesGeneratorOptionsItDoesNotImplement() throws IOException {
        write("kustomization.yaml", """
                configMapGenerator:
                  - name: x
                    literals: [A=b]
                    options: {immutable: true}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("immutable"), e.getMessage());
    }

    @Test
    void refusesKustomizeFeaturesItDoesNotImplement() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [deployment.yaml]
                namePrefix: x-
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        assertTrue(e.getMessage().contains("namePrefix"), e.getMessage());
    }

    @Test
    void aPatchThatMatchesNothingIsAnError() throws IOException {
        write("deployment.yaml", DEPLOYMENT);
        write("kustomization.yaml", """
                resources: [deployment.yaml]
                patches:
                  - target: {kind: StatefulSet}
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 2
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
    }

    /** The renderer against the real thing, where kubectl is installed (not on CI machines). */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void rendersEveryOverlayExactlyAsKubectlKustomizeDoes(String overlay) throws Exception {
        Path kubectl = Path.of(System.getProperty("ppo.kubectl", "/usr/bin/kubectl"));
        Assumptions.assumeTrue(Files.isExecutable(kubectl), "kubectl not installed: compared on machines that have it");
        // kustomize before v5 named generated ConfigMaps differently; compare only with v5 or later.
        Process version = new ProcessBuilder(kubectl.toString(), "version", "--client")
                .redirectErrorStream(true).start();
        String v = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor(60, TimeUnit.SECONDS);
        java.util.regex.Matcher kustomize = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)").matcher(v);
        Assumptions.assumeTrue(kustomize.find() && Integer.parseInt(kustomize.group(1)) >= 5,
                "kubectl's kustomize is older than v5: " + v.trim());
        Path target = RealmImportTest.ROOT.resolve("k8s/overlays").resolve(overlay);
        Process p = new ProcessBuilder(kubectl.toString(), "kustomize", target.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "kubectl kustomize failed to run");
        Map<String, ObjectNode> expected = byId(Kustomize.readAll(out));
        Map<String, ObjectNode> actual = byId(Kustomize.render(target));
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), actual.get(id), id);
        }
    }
}
