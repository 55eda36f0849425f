package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published contract: every operation named once, secured, and documenting its failures. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdASecurityRequirementAndItsErrorResponses() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                Object id = op.get("operationId");
                if (id == null || !ids.add(id.toString())) {
                    problems.add(where + ": operationId missing or repeated: " + id);
                }
                if (op.get("security") == null) {
                    problems.add(where + ": no security requirement");
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                for (String code : List.of("401", "403")) {
                    if (responses == null || !responses.containsKey(code)) {
                        problems.add(where + ": no " + code + " response");
                    }
                }
                // a person the service holds nothing about is an empty data-protection section or receipt, never a 404
                boolean knowsNoMissingResource = path.getKey().startsWith("/api/v1/data-protection/");
                if (path.getKey().contains("{") && !knowsNoMissingResource && (responses == null || !responses.containsKey("404"))) {
                    problems.add(where + ": no 404 response");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(ids.size() >= 25, "operations: " + ids);
        assertTrue(ids.containsAll(List.of("createPlan", "addPriority", "addAction", "addMilestone", "markMilestoneDone",
                "recordProgress", "getPlanReport", "createPpoPlan", "createDeliveryPlan", "reviseDeliveryPlan", "recordActivityProgress",
                "recordSubTargetProgress", "withdrawAction")), ids.toString());
    }
}
