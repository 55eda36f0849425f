package uk.ppo.hotspot.sample;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.hotspot.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class EastSussexSampleTest {

    @Inject
    EastSussexSample sample;

    @Test
    void theSampleLoadsFromTheModuleAndLoadingAgainChangesNothing() {
        sample.loadNow();
        // the same files again (as on every later start of the local run): skipped, nothing changes
        org.junit.jupiter.api.Assertions.assertFalse(sample.loadNow());
        // January–June 2025: 23,748 rows in East Sussex, whichever other test loaded January as well
        given().auth().oauth2(Fixtures.ANALYST).queryParam("level", "DISTRICT").queryParam("from", "2025-01")
                .queryParam("to", "2025-06").queryParam("within", "E10000011")
                .when().get("/api/v1/hotspots")
                .then().statusCode(200)
                .body("areas", hasSize(5))
                .body("areas.count.sum()", equalTo(23748));
        given().auth().oauth2(Fixtures.ANALYST).queryParam("level", "DISTRICT").queryParam("from", "2025-01")
                .queryParam("to", "2025-01").queryParam("within", "E10000011")
                .when().get("/api/v1/hotspots")
                .then().statusCode(200).body("areas.count.sum()", equalTo(3370));
    }
}
