package uk.ppo.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build fails when the committed document breaks a promise of the last release without moving its major
 * version; and the check does catch what partners' generated clients would trip on.
 */
class ReleasedContractTest {

    private static final Path CURRENT = Path.of("ppo-suite.openapi.json");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDocumentKeepsEveryPromiseOfTheLastReleaseUnlessItsMajorVersionMoved() throws Exception {
        Path released = ReleasedContract.latestRelease(Path.of("released")).orElseThrow(() ->
                new AssertionError("api/released/ holds no released document"));
        ReleasedContract.Verdict verdict = ReleasedContract.compare(Files.readString(released), Files.readString(CURRENT));
        assertTrue(verdict.allowed(), "api/ppo-suite.openapi.json breaks " + released.getFileName() + " without a new major version"
                + " (move the project's major version, or keep the old behaviour):\n" + verdict.report());
        System.out.printf("API document against %s: %s%n", released.getFileName(), verdict.breaking() ? "breaking, major version moved" : "compatible");
    }

    @Test
    void aRemovedOperationIsBreakingUntilTheMajorVersionMoves() throws Exception {
        ObjectNode changed = current();
        String path = changed.path("paths").fieldNames().next();
        ((ObjectNode) changed.get("paths")).remove(path);

        ReleasedContract.Verdict sameMajor = ReleasedContract.compare(Files.readString(CURRENT), changed.toString());
        assertTrue(sameMajor.breaking(), "removing " + path + " was not found breaking");
        assertFalse(sameMajor.allowed());

        ((ObjectNode) changed.get("info")).put("version", (ReleasedContract.major(Files.readString(CURRENT)) + 1) + ".0.0");
        assertTrue(ReleasedContract.compare(Files.readString(CURRENT), changed.toString()).allowed());
    }

    @Test
    void aNewRequiredRequestFieldIsBreakingAndANewOptionalOneIsNot() throws Exception {
        String schema = "CreateScheme";
        ObjectNode required = current();
        ObjectNode target = (ObjectNode) required.at("/components/schemas/" + schema);
        ((ObjectNode) target.get("properties")).putObject("ppoNewField").put("type", "string").put("maxLength", 10);
        ArrayNode names = target.has("required") ? (ArrayNode) target.get("required") : target.putArray("required");
        names.add("ppoNewField");
        assertTrue(ReleasedContract.compare(Files.readString(CURRENT), required.toString()).breaking());

        ObjectNode optional = current();
        ((ObjectNode) optional.at("/components/schemas/" + schema + "/properties")).putObject("ppoNewField")
                .put("type", "string").put("maxLength", 10);
        assertFalse(ReleasedContract.compare(Files.readString(CURRENT), optional.toString()).breaking());
    }

    private ObjectNode current() throws Exception {
        return (ObjectNode) json.readTree(CURRENT.toFile());
    }
}
