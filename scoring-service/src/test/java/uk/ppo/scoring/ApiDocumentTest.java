package uk.ppo.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.ApiDocumentContract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document partners build against: every operation secured, named once and documented; and (the contract)
 * typed, described, with meaningful schema names and every request value limited.
 */
@QuarkusTest
class ApiDocumentTest extends ApiDocumentContract {

    @Test
    void everyOperationHasASecurityRequirementAUniqueIdAndResponses() throws Exception {
        String json = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.has("security")) {
                    problems.add(name + " has no security requirement");
                }
                if (!operation.has("operationId") || !ids.add(operation.get("operationId").asText())) {
                    problems.add(name + " has no or a duplicate operationId");
                }
                if (!operation.has("responses")) {
                    problems.add(name + " documents no responses");
                }
            }
        }
        assertTrue(operations >= 20, "expected the scoring API, found " + operations + " operations");
        assertEquals(List.of(), problems);
    }
}
