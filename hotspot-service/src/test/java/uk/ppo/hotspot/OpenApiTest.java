package uk.ppo.hotspot;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.ApiDocumentContract;
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

/**
 * The OpenAPI document: every operation has a unique operationId and a security requirement; and (the contract) it is
 * typed, described, with meaningful schema names and every request value limited.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiTest extends ApiDocumentContract {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdAndASecurityRequirement() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String id = (String) op.getValue().get("operationId");
                if (id == null || !ids.add(id)) {
                    problems.add(op.getKey() + " " + path.getKey() + ": operationId " + id);
                }
                if (op.getValue().get("security") == null) {
                    problems.add(op.getKey() + " " + path.getKey() + ": no security requirement");
                }
            }
        }
        assertTrue(operations >= 18, "operations: " + operations);
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsAndGiStarOfferGeoJson() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hotspots'.get.operationId", org.hamcrest.Matchers.equalTo("hotspotReport"))
                .body("paths.'/api/v1/hotspots'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("application/geo+json"))
                .body("paths.'/api/v1/hotspots/gi'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("application/json"))
                .body("paths.'/api/v1/hotspots/gi'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("application/geo+json"))
                .body("paths.'/api/v1/incidents/import'.post.requestBody.content", org.hamcrest.Matchers.hasKey("text/csv"));
    }

    @Test
    void aRequestNamesAtMostEveryCrimeTypeAndMonthsAreYearMonthStrings() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/hotspots'.get.parameters.find { it.name == 'crimeType' }.schema.maxItems",
                        org.hamcrest.Matchers.equalTo(uk.ppo.hotspot.incident.CrimeTypes.ALL.size()))
                .body("components.schemas.Incident.properties.month.type", org.hamcrest.Matchers.equalTo("string"))
                .body("components.schemas.Incident.properties.month.maxLength", org.hamcrest.Matchers.equalTo(7))
                .body("components.schemas.MonthCount.properties.month.pattern", org.hamcrest.Matchers.equalTo("^\\d{4}-\\d{2}$"));
    }
}
