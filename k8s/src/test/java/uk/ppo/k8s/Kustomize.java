package uk.ppo.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.zjsonpatch.JsonPatch;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for exactly the features the PPO
 * manifests use: {@code resources} (files and directories), {@code namespace}, {@code labels} (pairs,
 * includeTemplates), {@code configMapGenerator} (literals; create and merge; content-hash suffix and
 * reference rewriting) and {@code patches} (strategic-merge and RFC 6902, inline or from a file, with
 * or without a target). Anything else in a kustomization is refused, so the manifests cannot quietly
 * outgrow the renderer. {@code KustomizeTest} compares it with kubectl where kubectl exists.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "configMapGenerator", "patches");
    /** Kinds that are not namespaced (the namespace transformer leaves them alone). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    /** Workloads whose pod template gets the labels when includeTemplates is set. */
    private static final Set<String> TEMPLATED = Set.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job");
    /** Kinds kustomize patches with strategic-merge semantics; other kinds (custom resources) get JSON merge patch. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "batch/v1", "networking.k8s.io/v1",
            "policy/v1", "autoscaling/v2", "rbac.authorization.k8s.io/v1");
    /** Merge keys of the strategic-merge lists these manifests may patch. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "volumes", "name", "env", "name", "volumeMounts", "mountPath", "imagePullSecrets", "name",
            "topologySpreadConstraints", "topologyKey", "ports", "containerPort");

    private Kustomize() {
    }

    /** The objects `kubectl kustomize dir` prints, in kustomize's resource order (generated ConfigMaps first). */
    static List<ObjectNode> render(Path dir) {
        Rendered r = build(dir);
        Map<String, String> renamed = new LinkedHashMap<>();
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode cm : r.generated.values()) {
            if (cm.remove(NO_HASH) != null) {
                out.add(cm);
                continue;
            }
            String original = cm.path("metadata").path("name").asText();
            String hashed = original + "-" + configMapHash(cm);
            ((ObjectNode) cm.get("metadata")).put("name", hashed);
            renamed.put(original, hashed);
            out.add(cm);
        }
        for (ObjectNode o : r.resources) {
            renameConfigMapRefs(o, renamed);
            out.add(o);
        }
        return out;
    }

    private record Rendered(List<ObjectNode> resources, Map<String, ObjectNode> generated) {
        List<ObjectNode> all() {
            List<ObjectNode> all = new ArrayList<>(generated.values());
            all.addAll(resources);
            return all;
        }
    }

    /** Marks a generated ConfigMap with options.disableNameSuffixHash (removed before output). */
    private static final String NO_HASH = "\0noHash";

    private static Rendered build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        ObjectNode k = (ObjectNode) readOne(file);
        k.fieldNames().forEachRemaining(f -> {
            if (!SUPPORTED.contains(f)) {
                throw new IllegalArgumentException(file + ": kustomize field '" + f + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        Map<String, ObjectNode> generated = new LinkedHashMap<>();
        for (JsonNode entry : k.path("resources")) {
            Path p = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(p)) {
                Rendered sub = build(p);
                resources.addAll(sub.resources);
                generated.putAll(sub.generated);
            } else {
                resources.addAll(readAll(p));
            }
        }
        for (JsonNode gen : k.path("configMapGenerator")) {
            generate(dir, file, (ObjectNode) gen, generated);
        }
        Rendered r = new Rendered(resources, generated);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, (ObjectNode) patch, r.all());
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : r.all()) {
                if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    metadata(o).put("namespace", ns);
                }
            }
        }
        for (JsonNode labels : k.path("labels")) {
            if (labels.path("includeSelectors").asBoolean(false)) {
                throw new IllegalArgumentException(file + ": labels.includeSelectors is not supported by this renderer");
            }
            boolean templates = labels.path("includeTemplates").asBoolean(false);
            for (ObjectNode o : r.all()) {
                addLabels(metadata(o), labels.path("pairs"));
                if (templates && TEMPLATED.contains(o.path("kind").asText())) {
                    ObjectNode spec = (ObjectNode) o.get("spec");
                    ObjectNode template = spec.has("template") ? (ObjectNode) spec.get("template") : spec.putObject("template");
                    addLabels(metadata(template), labels.path("pairs"));
                }
            }
        }
        return r;
    }

    private static void generate(Path dir, Path file, ObjectNode gen, Map<String, ObjectNode> generated) {
        gen.fieldNames().forEachRemaining(f -> {
            if (!Set.of("name", "behavior", "literals", "files", "options").contains(f)) {
                throw new IllegalArgumentException(file + ": configMapGenerator field '" + f + "' is not supported");
            }
        });
        String name = gen.path("name").asText();
        String behavior = gen.path("behavior").asText("create");
        ObjectNode cm;
        if (behavior.equals("create")) {
            if (generated.containsKey(name)) {
                throw new IllegalArgumentException(file + ": ConfigMap " + name + " already generated; use behavior: merge");
            }
            cm = JsonNodeFactory.instance.objectNode();
            cm.put("apiVersion", "v1");
            cm.put("kind", "ConfigMap");
            cm.putObject("metadata").put("name", name);
            cm.putObject("data");
            generated.put(name, cm);
        } else if (behavior.equals("merge")) {
            cm = generated.get(name);
            if (cm == null) {
                throw new IllegalArgumentException(file + ": no ConfigMap " + name + " to merge into");
            }
        } else {
            throw new IllegalArgumentException(file + ": configMapGenerator behavior " + behavior + " is not supported");
        }
        ObjectNode data = (ObjectNode) cm.get("data");
        for (JsonNode literal : gen.path("literals")) {
            String text = literal.asText();
            int eq = text.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(file + ": literal without key=value: " + text);
            }
            data.put(text.substring(0, eq), text.substring(eq + 1));
        }
        // files: "path" (key: the file's name) or "key=path", relative to the kustomization, read as text.
        for (JsonNode entry : gen.path("files")) {
            String text = entry.asText();
            int eq = text.indexOf('=');
            Path source = dir.resolve(eq < 0 ? text : text.substring(eq + 1)).normalize();
            if (!source.startsWith(dir.normalize())) {
                throw new IllegalArgumentException(file + ": " + text + " is outside the kustomization (kustomize refuses it)");
            }
            try {
                data.put(eq < 0 ? source.getFileName().toString() : text.substring(0, eq),
                        Files.readString(source, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(source.toString(), e);
            }
        }
        JsonNode options = gen.path("options");
        options.fieldNames().forEachRemaining(f -> {
            if (!Set.of("labels", "disableNameSuffixHash").contains(f)) {
                throw new IllegalArgumentException(file + ": configMapGenerator option '" + f + "' is not supported");
            }
        });
        if (options.has("labels")) {
            addLabels(metadata(cm), options.get("labels"));
        }
        if (options.path("disableNameSuffixHash").asBoolean(false)) {
            cm.put(NO_HASH, true);
        }
    }

    private static void applyPatch(Path dir, ObjectNode entry, List<ObjectNode> objects) {
        JsonNode patch = entry.has("path") ? readOne(dir.resolve(entry.get("path").asText()))
                : readString(entry.path("patch").asText());
        JsonNode target = entry.get("target");
        if (patch.isArray()) {
            if (target == null) {
                throw new IllegalArgumentException(dir + ": a JSON 6902 patch needs a target");
            }
        } else if (target == null) {
            ObjectNode t = JsonNodeFactory.instance.objectNode();
            t.put("kind", patch.path("kind").asText());
            t.put("name", patch.path("metadata").path("name").asText());
            target = t;
        }
        int matched = 0;
        for (ObjectNode o : objects) {
            if (!matches(target, o)) {
                continue;
            }
            matched++;
            if (patch.isArray()) {
                JsonNode patched = JsonPatch.apply(patch, o);
                o.removeAll();
                o.setAll((ObjectNode) patched);
            } else {
                ObjectNode p = patch.deepCopy();
                p.remove("metadata");
                p.remove("apiVersion");
                p.remove("kind");
                merge(o, p, BUILT_IN_GROUPS.contains(o.path("apiVersion").asText()));
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(dir + ": patch target " + target + " matches nothing");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode o) {
        if (target.has("kind") && !target.get("kind").asText().equals(o.path("kind").asText())) {
            return false;
        }
        if (target.has("name")
                && !Pattern.matches(target.get("name").asText(), o.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.has("labelSelector")) {
            for (String term : target.get("labelSelector").asText().split(",")) {
                String[] kv = term.split("=", 2);
                if (!o.path("metadata").path("labels").path(kv[0].trim()).asText("\0").equals(kv[1].trim())) {
                    return false;
                }
            }
        }
        for (String unsupported : List.of("group", "version", "namespace", "annotationSelector")) {
            if (target.has(unsupported)) {
                throw new IllegalArgumentException("patch target field '" + unsupported + "' is not supported");
            }
        }
        return true;
    }

    /** Strategic merge (built-in kinds: lists with a merge key merge by it) or JSON merge patch (lists replace). */
    static void merge(ObjectNode target, ObjectNode patch, boolean strategic) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode value = f.getValue();
            JsonNode current = target.get(key);
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("strategic-merge directive " + key + " is not supported");
            }
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, strategic);
            } else if (strategic && value.isArray() && current != null && current.isArray()
                    && MERGE_KEYS.containsKey(key)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(key));
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String mergeKey) {
        for (JsonNode item : patch) {
            JsonNode id = item.get(mergeKey);
            ObjectNode existing = null;
            for (JsonNode c : current) {
                if (id != null && id.equals(c.get(mergeKey))) {
                    existing = (ObjectNode) c;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                merge(existing, (ObjectNode) item, true);
            }
        }
    }

    private static void addLabels(ObjectNode metadata, JsonNode pairs) {
        ObjectNode labels = metadata.has("labels") ? (ObjectNode) metadata.get("labels") : metadata.putObject("labels");
        pairs.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    }

    private static ObjectNode metadata(ObjectNode o) {
        return o.has("metadata") ? (ObjectNode) o.get("metadata") : o.putObject("metadata");
    }

    private static void renameConfigMapRefs(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            for (String ref : List.of("configMapKeyRef", "configMapRef", "configMap")) {
                JsonNode r = node.get(ref);
                if (r != null && r.isObject() && renamed.containsKey(r.path("name").asText())) {
                    ((ObjectNode) r).put("name", renamed.get(r.path("name").asText()));
                }
            }
            node.elements().forEachRemaining(child -> renameConfigMapRefs(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> renameConfigMapRefs(child, renamed));
        }
    }

    /**
     * kustomize's name suffix: SHA-256 of the Go JSON encoding of {"data":…,"kind":"ConfigMap","name":""}
     * (keys sorted), the first ten hex digits with 0, 1, 3, a and e replaced so it never spells words.
     */
    static String configMapHash(ObjectNode cm) {
        StringBuilder json = new StringBuilder("{\"data\":{");
        Map<String, String> data = new TreeMap<>();
        cm.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        boolean first = true;
        for (Map.Entry<String, String> e : data.entrySet()) {
            json.append(first ? "" : ",").append(goJson(e.getKey())).append(':').append(goJson(e.getValue()));
            first = false;
        }
        // kustomize v5 looks the name up as one path segment "metadata/name", finds nothing and hashes "".
        json.append("},\"kind\":\"ConfigMap\",\"name\":\"\"}");
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(json.toString().getBytes(StandardCharsets.UTF_8));
            char[] hex = HexFormat.of().formatHex(sha).substring(0, 10).toCharArray();
            for (int i = 0; i < hex.length; i++) {
                hex[i] = switch (hex[i]) {
                    case '0' -> 'g';
                    case '1' -> 'h';
                    case '3' -> 'k';
                    case 'a' -> 'm';
                    case 'e' -> 't';
                    default -> hex[i];
                };
            }
            return new String(hex);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string as Go's encoding/json writes it (HTML characters escaped). */
    static String goJson(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static List<ObjectNode> readAll(Path file) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile());
                MappingIterator<JsonNode> docs = YAML.readValues(parser, JsonNode.class)) {
            List<ObjectNode> out = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    out.add((ObjectNode) doc);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<ObjectNode> readAll(String yaml) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<ObjectNode> out = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    out.add((ObjectNode) doc);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readOne(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode readString(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
