package uk.ppo.scoring.asset;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.scoring.support.OffenderScopes;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.scoring.support.OffenderScopes.auditOf;
import static uk.ppo.scoring.support.OffenderScopes.shape;

@QuarkusTest
class AssetResourceTest {

    static final String YOS = TestTokens.user("yasmin.yos").roles("offender-manager").agency("yos").token();
    static final String PATH = "/api/v1/scoring/people/{id}/asset-assessments";

    static Map<String, Object> assessment(Object score, boolean rosh, LocalDate on) {
        return Map.of("score", score, "rosh", rosh, "assessedOn", on.toString(), "assessorAgency", "YOS");
    }

    @Test
    void assessmentsAreRecordedListedNewestFirstAndAudited() {
        UUID person = OffenderScopes.personIn("HASTINGS");
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
        UUID person = OffenderScopes.personIn("HASTINGS");
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
        UUID person = OffenderScopes.personIn("HASTINGS");
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

    // --- entitlements: the person's current scheme, as offender-service holds it, decides ---------------------------

    static final String HASTINGS_ONLY = TestTokens.user("sam.scoped").roles("coordinator").agency("police").schemes("HASTINGS").token();

    @Test
    void listingAnOutOfScopePersonsAssessmentsAnswersExactlyAsForAnUnknownPerson() {
        UUID eastbourne = OffenderScopes.personIn("EASTBOURNE");
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(30, false, LocalDate.now().minusDays(2)))
                .post(PATH, eastbourne).then().statusCode(201);
        ExtractableResponse<Response> outOfScope = given().auth().oauth2(HASTINGS_ONLY).get(PATH, eastbourne).then().statusCode(404).extract();
        ExtractableResponse<Response> notThere = given().auth().oauth2(HASTINGS_ONLY).get(PATH, unknown).then().statusCode(404).extract();
        assertEquals(shape(notThere, unknown), shape(outOfScope, eastbourne));
        assertEquals("No person {id}", shape(outOfScope, eastbourne).get("detail"));
        assertTrue(!outOfScope.asString().contains("score"), outOfScope.asString());
        // an Eastbourne coordinator sees them; an unknown person is 404 for everyone
        given().auth().oauth2(TestTokens.user("eve.eastbourne").roles("coordinator").schemes("EASTBOURNE").token()).get(PATH, eastbourne)
                .then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(YOS).get(PATH, unknown).then().statusCode(404);
    }

    @Test
    void recordingAnAssessmentForAnOutOfScopePersonChangesNothing() {
        UUID eastbourne = OffenderScopes.personIn("EASTBOURNE");
        UUID unknown = UUID.randomUUID();
        ExtractableResponse<Response> outOfScope = given().auth().oauth2(HASTINGS_ONLY).contentType(ContentType.JSON)
                .body(assessment(40, true, LocalDate.now().minusDays(1))).post(PATH, eastbourne).then().statusCode(404).extract();
        ExtractableResponse<Response> notThere = given().auth().oauth2(HASTINGS_ONLY).contentType(ContentType.JSON)
                .body(assessment(40, true, LocalDate.now().minusDays(1))).post(PATH, unknown).then().statusCode(404).extract();
        assertEquals(shape(notThere, unknown), shape(outOfScope, eastbourne));
        given().auth().oauth2(YOS).get(PATH, eastbourne).then().statusCode(200).body("", hasSize(0));
        List<String> actions = auditOf(eastbourne).getList("items.action");
        assertTrue(!actions.contains("ASSESSMENT_RECORD"), actions.toString());
        assertTrue(actions.contains("ACCESS_REFUSED"), actions.toString());
    }

    @Test
    void aTokenWithoutSchemesCanNeitherReadNorRecordAssessments() {
        UUID hastings = OffenderScopes.personIn("HASTINGS");
        String noSchemes = TestTokens.user("nora.noscope").roles("offender-manager").agency("yos").noSchemes().token();
        given().auth().oauth2(noSchemes).get(PATH, hastings).then().statusCode(404);
        given().auth().oauth2(noSchemes).contentType(ContentType.JSON).body(assessment(20, false, LocalDate.now()))
                .post(PATH, hastings).then().statusCode(404);
        given().auth().oauth2(YOS).get(PATH, hastings).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void whenOffenderServiceCannotSayWhereThePersonIsNothingIsServedOrRecorded() {
        UUID person = OffenderScopes.personIn("HASTINGS");
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(25, false, LocalDate.now().minusDays(3)))
                .post(PATH, person).then().statusCode(201);
        OffenderScopes.offender().register(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/v1/entitlements/people/" + person))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        given().auth().oauth2(YOS).get(PATH, person).then().statusCode(503).contentType("application/problem+json")
                .body("type", is("urn:ppo:problem:service-unavailable"));
        given().auth().oauth2(YOS).contentType(ContentType.JSON).body(assessment(26, false, LocalDate.now().minusDays(1)))
                .post(PATH, person).then().statusCode(503);
        OffenderScopes.personIn(person, "HASTINGS");
        given().auth().oauth2(YOS).get(PATH, person).then().statusCode(200).body("", hasSize(1)).body("[0].score", is(25));
    }
}
