package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Needs and lifestyle through the gateway with real Keycloak tokens: assessments by the police and probation
 * over time, a person's current needs, a panel decision citing an assessment (and refusing another person's),
 * the scheme's summary at two dates, and scope.
 */
@ExtendWith(RunningSuite.class)
class NeedsIT {

    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate SELECTED = TODAY.minusDays(300);
    static final LocalDate FIRST = TODAY.minusDays(200);
    static final LocalDate SECOND = TODAY.minusDays(100);
    static final LocalDate JOINED = TODAY.minusDays(50);

    @Test
    void assessedByTwoAgenciesOverTimeCitedByThePanelAndCountedForTheSchemeAtTwoDates() {
        String admin = RunningSuite.tokenFor("ada.admin");
        String police = RunningSuite.tokenFor("cora.coordinator");
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        String manager = RunningSuite.tokenFor("maya.manager");
        // a scheme of its own, so the summary counts these people and no sample cohort
        String code = "ND" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        String scheme = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " PPO Scheme", "district", "Hastings", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
        String dean = person(police, scheme, "Dean");
        String jade = person(police, scheme, "Jade");
        String kyle = person(police, scheme, "Kyle");
        decide(police, dean, select(SELECTED, null)).statusCode(201);
        decide(police, jade, select(SELECTED, null)).statusCode(201);

        // the police find Dean of no fixed abode; probation later settle him on release and find him work
        Map<String, Object> nfa = assessment("ACCOMMODATION", "HIGH", "NO_FIXED_ABODE", FIRST);
        nfa.put("note", "No fixed abode since leaving HMP Lewes; referred to the POAL scheme");
        String deanNfa = record(police, dean, nfa);
        Map<String, Object> onRelease = assessment("ACCOMMODATION", "LOW", "SETTLED", SECOND);
        onRelease.put("onRelease", true);
        record(probation, dean, onRelease);
        record(probation, dean, assessment("EMPLOYMENT", "NONE", "EMPLOYED", SECOND));
        record(probation, jade, assessment("ACCOMMODATION", "NONE", "SETTLED", FIRST));
        Map<String, Object> drugs = assessment("DRUGS", "HIGH", null, FIRST);
        drugs.put("classAUse", true);
        drugs.put("dipClient", true);
        record(probation, jade, drugs);
        String kyleUnemployed = record(probation, kyle, assessment("EMPLOYMENT", "MEDIUM", "UNEMPLOYED", FIRST));

        given().auth().oauth2(manager).get("/api/v1/offenders/{id}/needs", dean).then().statusCode(200)
                .body("agency", equalTo(List.of("POLICE", "PROBATION", "PROBATION")))
                .body("[0].note", equalTo("No fixed abode since leaving HMP Lewes; referred to the POAL scheme"));
        given().auth().oauth2(manager).get("/api/v1/offenders/{id}/needs/current", dean).then().statusCode(200)
                .body("areas.area", equalTo(List.of("ACCOMMODATION", "EMPLOYMENT")))
                .body("areas[0].status", equalTo("SETTLED")).body("areas[0].onRelease", equalTo(true))
                .body("areas[0].agency", equalTo("PROBATION"))
                .body("notAssessed", equalTo(List.of("EDUCATION_TRAINING", "DRUGS", "ALCOHOL", "RELATIONSHIPS", "ATTITUDES", "FINANCE")));
        given().auth().oauth2(manager).queryParam("on", FIRST.toString()).get("/api/v1/offenders/{id}/needs/current", dean)
                .then().body("areas[0].status", equalTo("NO_FIXED_ABODE"));

        // the panel selects Kyle citing his own assessment; Dean's is refused, naming the field
        decide(police, kyle, select(JOINED, List.of(deanNfa))).statusCode(400)
                .body("violations[0].field", equalTo("needsAssessmentIds"));
        decide(police, kyle, select(JOINED, List.of(kyleUnemployed))).statusCode(201)
                .body("needsAssessmentIds", equalTo(List.of(kyleUnemployed)));
        given().auth().oauth2(manager).get("/api/v1/offenders/{id}/decisions", kyle).then()
                .body("[0].needsAssessmentIds", equalTo(List.of(kyleUnemployed)));

        String analyst = RunningSuite.tokenFor("ann.analyst");
        // after the first assessments: Dean (no fixed abode) and Jade (settled, Class A) are the members
        given().auth().oauth2(analyst).queryParam("on", FIRST.toString()).get("/api/v1/schemes/{id}/needs-summary", scheme)
                .then().statusCode(200)
                .body("scheme", equalTo(code)).body("members", equalTo(2))
                .body("settledAccommodation", equalTo(1)).body("noFixedAbode", equalTo(1))
                .body("employed", equalTo(0)).body("employmentNotAssessed", equalTo(2)).body("noAssessment", equalTo(0))
                .body("highNeeds.ACCOMMODATION", equalTo(1)).body("highNeeds.DRUGS", equalTo(1));
        // today: Kyle has joined; Dean is settled and employed
        given().auth().oauth2(analyst).queryParam("on", TODAY.toString()).get("/api/v1/schemes/{id}/needs-summary", scheme)
                .then().statusCode(200)
                .body("members", equalTo(3))
                .body("settledAccommodation", equalTo(2)).body("noFixedAbode", equalTo(0)).body("accommodationNotAssessed", equalTo(1))
                .body("employed", equalTo(1)).body("employmentNotAssessed", equalTo(1)).body("noAssessment", equalTo(0))
                .body("highNeeds.ACCOMMODATION", equalTo(0)).body("highNeeds.DRUGS", equalTo(1));

        // scope: a Hastings-only coordinator and the Hastings-and-Eastbourne police system cannot reach this scheme;
        // officers and offender managers have no part in recording or summarising
        String scoped = RunningSuite.tokenFor("sam.scoped");
        given().auth().oauth2(scoped).get("/api/v1/schemes/{id}/needs-summary", scheme).then().statusCode(404);
        given().auth().oauth2(scoped).get("/api/v1/offenders/{id}/needs", dean).then().statusCode(404);
        given().auth().oauth2(scoped).contentType(ContentType.JSON).body(assessment("ALCOHOL", "LOW", null, TODAY))
                .post("/api/v1/offenders/{id}/needs", dean).then().statusCode(404);
        String policeSystem = RunningSuite.clientToken("police-system", "police-system-local-secret");
        given().auth().oauth2(policeSystem).get("/api/v1/offenders/{id}/needs/current", dean).then().statusCode(404);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(assessment("ALCOHOL", "LOW", null, TODAY))
                .post("/api/v1/offenders/{id}/needs", dean).then().statusCode(403);
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/offenders/{id}/needs", dean).then().statusCode(403);
        given().auth().oauth2(manager).get("/api/v1/schemes/{id}/needs-summary", scheme).then().statusCode(403);

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", dean).queryParam("size", 200)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("NEEDS_RECORD", "NEEDS_READ", "NEEDS_SUMMARY_READ"));
    }

    private static String person(String token, String scheme, String firstName) {
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", ScoringIT.pnc());
        person.put("firstName", firstName);
        person.put("lastName", "Needs" + System.nanoTime() % 100_000);
        person.put("dateOfBirth", "1988-09-21");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", scheme);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> assessment(String area, String level, String status, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("level", level);
        if (status != null) {
            body.put("status", status);
        }
        body.put("assessedOn", on.toString());
        return body;
    }

    private static String record(String token, String person, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/needs", person).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> select(LocalDate on, List<String> cited) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "SELECT");
        body.put("strand", "CATCH_CONVICT");
        body.put("listedFor", "PROLIFIC");
        body.put("decidedOn", on.toString());
        body.put("rationale", "Matrix score; lifestyle weighed: accommodation and employment");
        body.put("attendingAgencies", List.of("POLICE", "PROBATION", "HOUSING"));
        if (cited != null) {
            body.put("needsAssessmentIds", cited);
        }
        return body;
    }

    private static io.restassured.response.ValidatableResponse decide(String token, String person, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", person).then();
    }
}
