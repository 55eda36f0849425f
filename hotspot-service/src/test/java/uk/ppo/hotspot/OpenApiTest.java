package uk.ppo.hotspot;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.ApiDocumentContract;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document: the suite's contract (every operation named once, secured, typed, described, limited), and
 * what is this service's own: GeoJSON reports, CSV imports, month strings.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class OpenApiTest extends ApiDocumentContract {

    @Override
    protected int operationsAtLeast() {
        return 18;
    }

    @Override
    protected Map<String, String> operationIdsAt() {
        return Map.of("GET /api/v1/areas/{code}", "getArea");
    }

    @Test
    void areasAreListedByATypedType() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/areas'.get.parameters.find { it.name == 'type' }.schema", org.hamcrest.Matchers.notNullValue());
    }

    /** A partner pushes an incident under its own reference: created when absent, never a 404. */
    @Override
    protected boolean answersWithout404(String path, String operationId) {
        return operationId.equals("pushIncident");
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
