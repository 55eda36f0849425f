package uk.ppo.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client generated from the document (it compiled, or this module would not have built) is typed: no
 * operation hands a partner an {@code Object} to pick apart, and no model is a Java or Jackson class.
 */
class GeneratedClientTest {

    private static final Path CLIENT = Path.of("target/generated-sources/openapi/src/main/java/uk/ppo/client");
    private static final Pattern UNTYPED = Pattern.compile("public Object (\\w+)\\(");
    private static final List<String> IMPLEMENTATION_TYPES = List.of("JsonNode", "JsonNodeType", "LocalDate", "Instant", "UUID",
            "YearMonth", "Object");

    @Test
    void everyOperationReturnsATypedAnswer() throws IOException {
        List<String> untyped = new ArrayList<>();
        int operations = 0;
        for (Path api : files(CLIENT.resolve("api"))) {
            String source = Files.readString(api);
            operations += count(source, Pattern.compile("public ApiResponse<"));
            Matcher m = UNTYPED.matcher(source);
            while (m.find()) {
                untyped.add(api.getFileName().toString().replace(".java", "") + "." + m.group(1));
            }
        }
        assertTrue(operations > 100, operations + " operations in the generated client");
        assertEquals(List.of(), untyped.stream().distinct().toList(), "operations whose answer the document does not type");
    }

    @Test
    void noModelIsAJavaOrJacksonType() throws IOException {
        List<String> leaked = files(CLIENT.resolve("model")).stream().map(f -> f.getFileName().toString().replace(".java", ""))
                .filter(IMPLEMENTATION_TYPES::contains).toList();
        assertEquals(List.of(), leaked);
    }

    @Test
    void everySuccessOfTheDocumentHasATypedBodyOrSaysItHasNone() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Path.of("ppo-suite.openapi.json").toFile());
        List<String> untyped = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    boolean success = response.getKey().startsWith("2") && !response.getKey().equals("204");
                    JsonNode content = response.getValue().path("content");
                    boolean typed = content.size() > 0 && content.findValues("schema").size() == content.size();
                    if (success && !typed) {
                        untyped.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey());
                    }
                })));
        assertEquals(List.of(), untyped, "2xx answers other than 204 without a typed body");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static int count(String source, Pattern pattern) {
        Matcher m = pattern.matcher(source);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
