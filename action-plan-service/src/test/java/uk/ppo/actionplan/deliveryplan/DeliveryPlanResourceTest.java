package uk.ppo.actionplan.deliveryplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.OFFICER;
import static uk.ppo.actionplan.Fixtures.PARTNER;
import static uk.ppo.actionplan.Fixtures.fresh;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class DeliveryPlanResourceTest {

    private static final String PLANS = "/api/v1/delivery-plans";

    static Map<String, Object> ni30(String partnership) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "NI 30");
        body.put("title", "Re-offending rate of prolific and other priority offenders");
        body.put("partnership", partnership);
        body.put("definition", "Proven offences of the fixed cohort in the follow-up year against the baseline year");
        body.put("baseline", 273);
        body.put("baselinePeriod", "1 October 2007 to 30 September 2008");
        body.put("indicatorLead", "Head of Community Safety");
        body.put("statutoryPartners", List.of("Police", "Probation", "Council"));
        body.put("nonStatutoryPartners", List.of("Housing associations"));
        body.put("steeringGroup", "PPO Strategic Board");
        body.put("subTargets", List.of("Every released PPO housed"));
        body.put("links", List.of("Community Safety Agreement 2010/11"));
        body.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22),
                Map.of("financialYear", "2010/11", "reductionPercent", 26)));
        body.put("risks", List.of(Map.of("risk", "PPOs move away", "mitigations", List.of("Transfer protocol"), "owner", "PPO Co-ordinator")));
        body.put("activities", List.of(Map.of("activity", "Monthly case conferences", "timescale", "Monthly",
                "interimMeasure", "Actions completed", "measuredHowOften", "Monthly", "partner", "Police",
                "namedContact", "PPO Co-ordinator")));
        return body;
    }

    @Test
    void aDeliveryPlanComputesItsYearlyTargetsFromTheBaseline() {
        String partnership = fresh("Delivery");
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(ni30(partnership))
                .when().post(PLANS)
                .then().statusCode(201)
                .header("Location", containsString(PLANS + "/"))
                .body("targets.financialYear", contains("2009/10", "2010/11"))
                .body("targets.targetValue", contains(213, 202))
                .extract().path("id");
        for (String token : new String[] {ANALYST, PARTNER, ADMIN}) {
            given().auth().oauth2(token).get(PLANS + "/{id}", id).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("baseline", equalTo(273))
                    .body("statutoryPartners", contains("Police", "Probation", "Council"))
                    .body("risks[0].mitigations", contains("Transfer protocol"))
                    .body("activities[0].namedContact", equalTo("PPO Co-ordinator"));
        }
        given().auth().oauth2(ANALYST).queryParam("size", 500).get(PLANS).then().statusCode(200)
                .body("items.partnership", hasItem(partnership));
    }

    @Test
    void aTargetYearOutsideTheFinancialYearRangeIsRefusedNamingTheField() {
        String partnership = fresh("Delivery");
        Map<String, Object> body = ni30(partnership);
        body.put("targets", List.of(Map.of("financialYear", "1850/51", "reductionPercent", 22)));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("targets[0].financialYear"))
                .body("violations[0].message", containsString("from 1900/01 to 2998/99"));
        given().auth().oauth2(ANALYST).queryParam("size", 500).get(PLANS).then()
                .body("items.partnership", not(hasItem(partnership)));
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsStored() {
        String partnership = fresh("Delivery");
        Map<String, Object> body = ni30(partnership);
        body.put("baseline", -1);
        body.put("targets", List.of(Map.of("financialYear", "2009/11", "reductionPercent", 22)));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(400)
                .body("violations.field", hasItem("baseline"))
                .body("violations.field", hasItem(allOf(startsWith("targets"), containsString("financialYear"))));

        Map<String, Object> twice = ni30(partnership);
        twice.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22),
                Map.of("financialYear", "2009/10", "reductionPercent", 20)));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(twice).post(PLANS).then().statusCode(400)
                .body("violations[0].field", equalTo("targets[1].financialYear"));

        Map<String, Object> tooMuch = ni30(partnership);
        tooMuch.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 120)));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(tooMuch).post(PLANS).then().statusCode(400)
                .body("violations[0].field", allOf(startsWith("targets"), containsString("reductionPercent")));

        given().auth().oauth2(ANALYST).queryParam("size", 500).get(PLANS).then()
                .body("items.partnership", not(hasItem(partnership)));
    }

    @Test
    void aPlanOverTheDocumentedLimitsIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> body = ni30(fresh("Limits"));
        body.put("activities", IntStream.rangeClosed(1, 101).mapToObj(i -> Map.of("activity", "Activity " + i)).toList());
        int before = given().auth().oauth2(ANALYST).get(PLANS).then().extract().path("total");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS)
                .then().statusCode(400).body("violations.field", hasItem("activities"));
        body = ni30(fresh("Limits"));
        body.put("baseline", 1_000_001);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS)
                .then().statusCode(400).body("violations.field", hasItem("baseline"));
        given().auth().oauth2(ANALYST).get(PLANS).then().body("total", equalTo(before));
    }

    @Test
    void aSecondPlanForTheSameIndicatorIsAConflict() {
        String partnership = fresh("Delivery");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(ni30(partnership)).post(PLANS).then().statusCode(201);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(ni30(partnership)).post(PLANS).then().statusCode(409)
                .body("violations[0].field", equalTo("indicator"));
    }

    @Test
    void onlyCoordinatorsAndAdminsWriteAndOfficersCannotRead() {
        for (String token : new String[] {ANALYST, PARTNER}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ni30(fresh("Delivery"))).post(PLANS).then().statusCode(403);
        }
        given().auth().oauth2(OFFICER).get(PLANS).then().statusCode(403);
        given().get(PLANS).then().statusCode(401);
        given().auth().oauth2(ANALYST).get(PLANS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
