package uk.ppo.actionplan.progress;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFENDER_MANAGER;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class ProgressResourceTest {

    private static final String PROGRESS = "/api/v1/actions/{id}/progress";
    private String action;

    @BeforeEach
    void anAction() {
        String plan = plan();
        priority(plan, "AR", "Reducing adult re-offending");
        action = action(plan, "AR", "AR1");
    }

    @Test
    void progressIsRecordedByQuarterAndKeptInOrder() {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("quarter", "2010/11 Q2", "rag", "AMBER", "note", "Two of five housing providers signed up"))
                .when().post(PROGRESS, action)
                .then().statusCode(201)
                .body("quarter", equalTo("2010/11 Q2"))
                .body("rag", equalTo("AMBER"))
                .body("recordedBy", equalTo("cora.coordinator"))
                .body("recordedAt", notNullValue());
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("quarter", "2010/11 Q3", "rag", "GREEN"))
                .post(PROGRESS, action).then().statusCode(201);
        given().auth().oauth2(PARTNER).get(PROGRESS, action).then().statusCode(200)
                .body("quarter", contains("2010/11 Q2", "2010/11 Q3"))
                .body("rag", contains("AMBER", "GREEN"));
        given().auth().oauth2(ANALYST).get("/api/v1/actions/{id}", action).then().header("ETag", "\"2\"");
    }

    @ParameterizedTest(name = "quarter={0} rag={1} → 400 naming {2}")
    @CsvSource({
            "2010/11 Q5, RED,    quarter",
            "2010/11,    RED,    quarter",
            "2011/12 Q1, RED,    quarter",
            "2009/10 Q4, RED,    quarter",
            "'',         RED,    quarter",
            "2010/11 Q1, PURPLE, rag",
    })
    void badQuartersAndRagsAreRefused(String quarter, String rag, String field) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("quarter", quarter, "rag", rag))
                .when().post(PROGRESS, action)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
        given().auth().oauth2(ANALYST).get(PROGRESS, action).then().body("size()", equalTo(0));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("quarter", "2010/11 Q1", "rag", "RED"))
                .post(PROGRESS, action).then().statusCode(412).body("violations[0].field", equalTo("If-Match"));
        given().auth().oauth2(ANALYST).get(PROGRESS, action).then().body("size()", equalTo(0));
    }

    @Test
    void onlyCoordinatorsAndAdminsRecordProgress() {
        for (String token : new String[] {ANALYST, PARTNER, OFFENDER_MANAGER}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("quarter", "2010/11 Q1", "rag", "RED"))
                    .post(PROGRESS, action).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("quarter", "2010/11 Q1", "rag", "RED"))
                .post(PROGRESS, action).then().statusCode(401);
        given().auth().oauth2(OFFICER).get(PROGRESS, action).then().statusCode(403);
        given().auth().oauth2(ANALYST).get(PROGRESS, action).then().body("size()", equalTo(0));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("quarter", "2010/11 Q1", "rag", "RED"))
                .post(PROGRESS, UUID.randomUUID()).then().statusCode(404);
    }
}
