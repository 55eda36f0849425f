package uk.ppo.scoring.asset;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.testing.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AssetResourceTest {

    static final String YOS = TestTokens.user("yasmin.yos").roles("offender-manager").agency("yos").token();
    static final String PATH = "/api/v1/scoring/people/{id}/asset-assessments";

    static Map<String, Object> assessment(Object score, boolean rosh, LocalDate on) {
        return Map.of("score", score, "rosh", rosh, "assessedOn", on.toString(), "assessorAgency", "YOS");
    }

    @Test
    void assessmentsAreRecordedListedNewestFirstAndAudited() {
        UUID person = UUID.randomUUID();
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(18, false, LocalDate.now().minusMonths(4)))
                .post(PATH, person).then().statusCode(201).body("preventAndDeterEligible", is(false)).body("recordedBy", is("yasmin.yos"));
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(18, true, LocalDate.now().minusDays(3)))
                .post(PATH, person).then().statusCode(201).body("preventAndDeterEligible", is(true));
        given().auth().oauth2(TestTokens.forRole("coordinator")).get(PATH, person).then().statusCode(200)
                .body("", hasSize(2)).body("rosh", is(List.of(true, false)));
        given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("personId", person.toString()).get("/api/v1/scoring/audit")
                .then().statusCode(200).body("items.action", hasItem("ASSESSMENT_RECORD")).body("items.action", hasItem("ASSESSMENT_READ"));
    }

    @ParameterizedTest(name = "score {0}, RoSH {1}: eligible {2}, band {3}")
    @CsvSource({"0, false, false, LOW", "14, false, false, LOW", "15, false, false, MEDIUM", "21, false, false, MEDIUM",
            "21, true, true, MEDIUM", "22, false, true, MEDIUM", "32, false, true, MEDIUM", "33, false, true, HIGH", "64, false, true, HIGH"})
    void eligibilityIsOver21OrRoshAndBandsFollowTheScaledApproach(int score, boolean rosh, boolean eligible, AssetRules.Band band) {
        assertEquals(eligible, AssetRules.eligibleForPreventAndDeter(score, rosh));
        assertEquals(band, AssetRules.band(score));
    }

    @Test
    void badAssessmentsAreNamedAndNothingIsStored() {
        UUID person = UUID.randomUUID();
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(65, false, LocalDate.now()))
                .post(PATH, person).then().statusCode(400).body("violations[0].field", is("score"));
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(-1, false, LocalDate.now()))
                .post(PATH, person).then().statusCode(400).body("violations[0].field", is("score"));
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(30, false, LocalDate.now().plusDays(2)))
                .post(PATH, person).then().statusCode(400).body("violations[0].field", is("assessedOn"));
        given().auth().oauth2(YOS).contentType(ContentType.JSON)
                .body(Map.of("score", 30, "rosh", false, "assessedOn", LocalDate.now().toString(), "assessorAgency", "MI5"))
                .post(PATH, person).then().statusCode(400).body("violations[0].field", is("assessorAgency"));
        given().auth().oauth2(YOS).get(PATH, person).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aSecondAssessmentOnTheSameDayIsAConflictAndNotStored() {
        UUID person = UUID.randomUUID();
        LocalDate on = LocalDate.now().minusDays(1);
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(30, false, on)).post(PATH, person).then().statusCode(201);
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(31, false, on)).post(PATH, person)
                .then().statusCode(409).contentType("application/problem+json").body("violations[0].field", is("assessedOn"));
        given().auth().oauth2(YOS).get(PATH, person).then().body("", hasSize(1)).body("[0].score", is(30));
    }

    @Test
    void rolesAreEnforced() {
        UUID person = UUID.randomUUID();
        given().get(PATH, person).then().statusCode(401);
        for (String role : new String[] {"officer", "analyst", "auditor"}) {
            given().auth().oauth2(TestTokens.forRole(role)).get(PATH, person).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(assessment(30, false, LocalDate.now()))
                .post(PATH, person).then().statusCode(403);
    }
}
