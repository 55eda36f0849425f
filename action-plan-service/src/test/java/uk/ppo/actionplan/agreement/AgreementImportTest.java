package uk.ppo.actionplan.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class AgreementImportTest {

    private static final String IMPORT = "/api/v1/plans/import";

    private static Map<String, Object> document(String partnership, String quarter) {
        return Map.of(
                "title", "Community Safety Agreement 2010/11",
                "partnership", partnership,
                "financialYear", "2010/11",
                "priorities", List.of(
                        Map.of("code", "AR", "title", "Reducing adult re-offending", "outcomes", "NI 30 down 22%",
                                "actions", List.of(
                                        Map.of("code", "AR1", "text", "Accommodation on release",
                                                "lead", Map.of("organisation", "Council (Housing)"),
                                                "cost", Map.of("amountPence", 50000),
                                                "milestones", List.of(
                                                        Map.of("text", "Pathway agreed", "due", Map.of("month", "September 2010")),
                                                        Map.of("text", "Checked", "due", Map.of("recurrence", "quarterly")))),
                                        Map.of("code", "AR2", "text", "Fast-track DIP",
                                                "lead", Map.of("organisation", "DIP"),
                                                "milestones", List.of(
                                                        Map.of("text", "Protocol signed", "due", Map.of("quarter", quarter)))))),
                        Map.of("code", "CH", "title", "Targeted action in crime hotspots",
                                "actions", List.of(Map.of("code", "CH1", "text", "Hotspot analysis",
                                        "lead", Map.of("organisation", "Council"), "cost", Map.of("note", "officer time"))))));
    }

    private static long plansOf(String partnership) {
        List<String> partnerships = given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans")
                .then().extract().path("items.partnership");
        return partnerships.stream().filter(partnership::equals).count();
    }

    @Test
    void aWholeAgreementIsImportedAsOneDraftPlan() {
        String partnership = fresh("Import");
        String plan = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(document(partnership, "2010/11 Q2"))
                .when().post(IMPORT)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .body("plan.status", equalTo("DRAFT"))
                .body("priorities", equalTo(2))
                .body("actions", equalTo(3))
                .body("milestones", equalTo(3))
                .extract().path("plan.id");
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/priorities", plan).then().body("code", contains("AR", "CH"));
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/actions", plan).then()
                .body("items.code", contains("AR1", "AR2", "CH1"))
                .body("items[2].cost.note", equalTo("officer time"));
        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-01").get("/api/v1/plans/{id}/report", plan).then()
                .statusCode(200)
                .body("priorities[0].overdueMilestones.milestone", contains("Checked", "Checked", "Pathway agreed", "Protocol signed"));
    }

    @Test
    void aBadMilestoneDeepInTheDocumentIsNamedByItsPathAndNothingIsStored() {
        String partnership = fresh("Import");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(document(partnership, "2010/11 Q5"))
                .when().post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("priorities[0].actions[1].milestones[0].due.quarter"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(document(partnership, "2009/10 Q4"))
                .when().post(IMPORT)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("priorities[0].actions[1].milestones[0].due"));
        assertEquals(0, plansOf(partnership), "a refused import leaves nothing behind");
    }

    @Test
    void duplicateActionCodesAreRefusedAndReadersCannotImport() {
        String partnership = fresh("Import");
        Map<String, Object> doc = Map.of("title", "CSA", "partnership", partnership, "financialYear", "2010/11",
                "priorities", List.of(Map.of("code", "AR", "title", "Adult re-offending", "actions", List.of(
                        Map.of("code", "AR1", "text", "One", "lead", Map.of("organisation", "Police")),
                        Map.of("code", "AR1", "text", "Again", "lead", Map.of("organisation", "Police"))))));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(doc).post(IMPORT)
                .then().statusCode(409).body("violations[0].field", equalTo("priorities[0].actions[1].code"));
        given().auth().oauth2(ANALYST).contentType(ContentType.JSON).body(doc).post(IMPORT).then().statusCode(403);
        given().contentType(ContentType.JSON).body(doc).post(IMPORT).then().statusCode(401);
        assertEquals(0, plansOf(partnership));
    }
}
