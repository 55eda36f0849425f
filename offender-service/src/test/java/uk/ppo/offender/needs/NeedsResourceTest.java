package uk.ppo.offender.needs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.offender.Fixtures.COORDINATOR;

/** Needs assessments through the API: by two agencies over time, the current view, panel citations, the scheme summary. */
@QuarkusTest
class NeedsResourceTest {

    static final String PROBATION = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();
    static final String OFFENDER_MANAGER = TestTokens.user("maya.manager").roles("offender-manager").agency("probation").token();
    static final String ANALYST = TestTokens.user("ann.analyst").roles("analyst").agency("council").token();
    static final String DPO = TestTokens.user("dora.dpo").roles("data-protection-officer").agency("police").token();
    static final LocalDate TODAY = LocalDate.now();

    static Map<String, Object> assessment(String area, String level, String status, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("area", area);
        body.put("level", level);
        if (status != null) {
            body.put("status", status);
        }
        body.put("assessedOn", on.toString());
        return body;
    }

    static io.restassured.response.ValidatableResponse record(String token, String personId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/needs", personId).then();
    }

    static String recorded(String token, String personId, Map<String, Object> body) {
        return record(token, personId, body).statusCode(201).extract().path("id");
    }

    static void decide(String personId, Map<String, Object> body, int status) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", personId).then().statusCode(status);
    }

    static Map<String, Object> select(LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "SELECT");
        body.put("strand", "CATCH_CONVICT");
        body.put("listedFor", "PROLIFIC");
        body.put("decidedOn", on.toString());
        body.put("rationale", "Matrix score and partner evidence; lifestyle weighed");
        body.put("attendingAgencies", List.of("POLICE", "PROBATION", "HOUSING"));
        return body;
    }

    @Nested
    class Recording {

        @Test
        void twoAgenciesAssessOverTimeAndTheCurrentViewTakesEachAreasLatest() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            LocalDate earlier = TODAY.minusMonths(4);
            LocalDate later = TODAY.minusMonths(1);
            Map<String, Object> nfa = assessment("ACCOMMODATION", "HIGH", "NO_FIXED_ABODE", earlier);
            nfa.put("note", "Sofa-surfing since release");
            record(COORDINATOR, id, nfa).statusCode(201)
                    .body("agency", equalTo("POLICE")).body("status", equalTo("NO_FIXED_ABODE")).body("onRelease", equalTo(false))
                    .body("classAUse", nullValue()).body("note", equalTo("Sofa-surfing since release"))
                    .body("recordedBy", equalTo("cora.coordinator"));
            Map<String, Object> drugs = assessment("DRUGS", "HIGH", null, earlier);
            drugs.put("classAUse", true);
            drugs.put("dipClient", true);
            record(COORDINATOR, id, drugs).statusCode(201).body("classAUse", equalTo(true)).body("dipClient", equalTo(true))
                    .body("onRelease", nullValue());
            Map<String, Object> settled = assessment("ACCOMMODATION", "LOW", "SETTLED", later);
            settled.put("onRelease", true);
            record(PROBATION, id, settled).statusCode(201).body("agency", equalTo("PROBATION"));
            record(PROBATION, id, assessment("EMPLOYMENT", "MEDIUM", "UNEMPLOYED", later)).statusCode(201);

            given().auth().oauth2(OFFENDER_MANAGER).get("/api/v1/offenders/{id}/needs", id).then().statusCode(200)
                    .body("area", equalTo(List.of("ACCOMMODATION", "DRUGS", "ACCOMMODATION", "EMPLOYMENT")))
                    .body("agency", equalTo(List.of("POLICE", "POLICE", "PROBATION", "PROBATION")));
            given().auth().oauth2(COORDINATOR).queryParam("area", "ACCOMMODATION").get("/api/v1/offenders/{id}/needs", id)
                    .then().body("status", equalTo(List.of("NO_FIXED_ABODE", "SETTLED")));

            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/needs/current", id).then().statusCode(200)
                    .body("on", equalTo(TODAY.toString()))
                    .body("areas.area", equalTo(List.of("ACCOMMODATION", "EMPLOYMENT", "DRUGS")))
                    .body("areas.find { it.area == 'ACCOMMODATION' }.status", equalTo("SETTLED"))
                    .body("areas.find { it.area == 'ACCOMMODATION' }.onRelease", equalTo(true))
                    .body("areas.find { it.area == 'ACCOMMODATION' }.agency", equalTo("PROBATION"))
                    .body("notAssessed", equalTo(List.of("EDUCATION_TRAINING", "ALCOHOL", "RELATIONSHIPS", "ATTITUDES", "FINANCE")));
            given().auth().oauth2(COORDINATOR).queryParam("on", earlier.plusDays(1).toString())
                    .get("/api/v1/offenders/{id}/needs/current", id).then().statusCode(200)
                    .body("areas.find { it.area == 'ACCOMMODATION' }.status", equalTo("NO_FIXED_ABODE"))
                    .body("notAssessed", hasItem("EMPLOYMENT"));
            given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", id).queryParam("size", 100).get("/api/v1/audit")
                    .then().body("items.action", hasItems("NEEDS_RECORD", "NEEDS_READ"));
        }

        @Test
        void anEntryThatDoesNotFitItsAreaOrDateIsAProblemNamingTheFieldAndNothingIsStored() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.create(Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(2000, 3, 15)));
            record(COORDINATOR, id, assessment("ACCOMMODATION", "HIGH", null, TODAY)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("status"))
                    .body("violations[0].message", containsString("SETTLED, UNSETTLED, NO_FIXED_ABODE"));
            record(COORDINATOR, id, assessment("EMPLOYMENT", "HIGH", "SETTLED", TODAY)).statusCode(400).body("violations[0].field", equalTo("status"));
            record(COORDINATOR, id, assessment("ALCOHOL", "HIGH", "EMPLOYED", TODAY)).statusCode(400).body("violations[0].field", equalTo("status"));
            Map<String, Object> onRelease = assessment("EMPLOYMENT", "HIGH", "UNEMPLOYED", TODAY);
            onRelease.put("onRelease", true);
            record(COORDINATOR, id, onRelease).statusCode(400).body("violations[0].field", equalTo("onRelease"));
            Map<String, Object> classA = assessment("ALCOHOL", "HIGH", null, TODAY);
            classA.put("classAUse", true);
            record(COORDINATOR, id, classA).statusCode(400).body("violations[0].field", equalTo("classAUse"));
            record(COORDINATOR, id, assessment("FINANCE", "LOW", null, TODAY.plusDays(1))).statusCode(400)
                    .body("violations[0].field", equalTo("assessedOn")).body("violations[0].message", equalTo("must not be in the future"));
            record(COORDINATOR, id, assessment("FINANCE", "LOW", null, LocalDate.of(2010, 3, 14))).statusCode(400)
                    .body("violations[0].field", equalTo("assessedOn"))
                    .body("violations[0].message", equalTo("is before the person's 10th birthday"));
            record(COORDINATOR, id, assessment("FINANCE", "SEVERE", null, TODAY)).statusCode(400)
                    .body("violations[0].field", equalTo("level"))
                    .body("violations[0].message", equalTo("must be one of NONE, LOW, MEDIUM, HIGH"));
            record(COORDINATOR, id, assessment("HOUSING", "LOW", null, TODAY)).statusCode(400).body("violations[0].field", equalTo("area"));
            Map<String, Object> noArea = assessment("FINANCE", "LOW", null, TODAY);
            noArea.remove("area");
            record(COORDINATOR, id, noArea).statusCode(400).body("violations.field", hasItem("area"));
            record(COORDINATOR, id, assessment("FINANCE", "LOW", null, LocalDate.of(2010, 3, 15))).statusCode(201);

            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/needs", id).then().body("", hasSize(1));
        }

        @Test
        void partnersRecordOfficersAndAnalystsSeeNothingAndOtherSchemesGetTheUnknownAnswer() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            Map<String, Object> body = assessment("ALCOHOL", "MEDIUM", null, TODAY);
            record(OFFENDER_MANAGER, id, body).statusCode(403);
            record(Fixtures.OFFICER, id, body).statusCode(403);
            given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/offenders/{id}/needs", id).then().statusCode(403);
            given().auth().oauth2(ANALYST).get("/api/v1/offenders/{id}/needs/current", id).then().statusCode(403);
            given().get("/api/v1/offenders/{id}/needs", id).then().statusCode(401);

            String elsewhere = TestTokens.user("sam.scoped").roles("coordinator").agency("police").schemes("NOT-" + scheme.code()).token();
            record(elsewhere, id, body).statusCode(404);
            given().auth().oauth2(elsewhere).get("/api/v1/offenders/{id}/needs", id).then().statusCode(404);
            given().auth().oauth2(elsewhere).get("/api/v1/offenders/{id}/needs/current", id).then().statusCode(404);
            record(COORDINATOR, UUID.randomUUID().toString(), body).statusCode(404);
            // recorded as the token's agency: a token naming no partner agency cannot record one
            String notAPartner = TestTokens.user("nat.other").roles("coordinator").agency("ambulance").token();
            record(notAPartner, id, body).statusCode(403);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/needs", id).then().body("", hasSize(0));
        }
    }

    @Nested
    class Panel {

        @Test
        void aDecisionCitesThePersonsOwnAssessmentsNotAnothersOrOneMadeAfterIt() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            String other = Fixtures.adult(scheme.id());
            LocalDate decided = TODAY.minusDays(10);
            String accommodation = recorded(PROBATION, id, assessment("ACCOMMODATION", "HIGH", "NO_FIXED_ABODE", decided.minusDays(20)));
            String employment = recorded(PROBATION, id, assessment("EMPLOYMENT", "HIGH", "UNEMPLOYED", decided));
            String afterwards = recorded(PROBATION, id, assessment("ALCOHOL", "LOW", null, decided.plusDays(1)));
            String othersAssessment = recorded(PROBATION, other, assessment("ACCOMMODATION", "LOW", "SETTLED", decided));

            Map<String, Object> citingAnother = select(decided);
            citingAnother.put("needsAssessmentIds", List.of(accommodation, othersAssessment));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(citingAnother)
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(400)
                    .body("violations[0].field", equalTo("needsAssessmentIds"))
                    .body("violations[0].message", equalTo(othersAssessment + " is not a needs assessment of this person"));
            Map<String, Object> citingUnknown = select(decided);
            String unknown = UUID.randomUUID().toString();
            citingUnknown.put("needsAssessmentIds", List.of(unknown));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(citingUnknown)
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(400)
                    .body("violations[0].message", equalTo(unknown + " is not a needs assessment of this person"));
            Map<String, Object> citingLater = select(decided);
            citingLater.put("needsAssessmentIds", List.of(afterwards));
            decide(id, citingLater, 400);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().body("status", equalTo("CANDIDATE"));

            Map<String, Object> citing = select(decided);
            citing.put("needsAssessmentIds", List.of(accommodation, employment, accommodation));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(citing)
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201)
                    .body("needsAssessmentIds", equalTo(List.of(accommodation, employment)));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", id).then()
                    .body("[0].needsAssessmentIds", equalTo(List.of(accommodation, employment)));
        }
    }

    @Nested
    class SchemeSummary {

        @Test
        void countsTheMembersOnTheDateByTheirLatestAssessmentsLeavingOutCandidatesLeaversAndRestrictedPeople() {
            var scheme = Fixtures.scheme();
            LocalDate selected = TODAY.minusDays(300);
            LocalDate first = TODAY.minusDays(200);
            LocalDate joined = TODAY.minusDays(150);
            LocalDate second = TODAY.minusDays(100);
            String settling = Fixtures.adult(scheme.id());
            String settled = Fixtures.adult(scheme.id());
            String lateJoiner = Fixtures.adult(scheme.id());
            String unassessed = Fixtures.adult(scheme.id());
            String leaver = Fixtures.adult(scheme.id());
            String candidate = Fixtures.adult(scheme.id());
            String restricted = Fixtures.adult(scheme.id());
            for (String member : List.of(settling, settled, unassessed, leaver, restricted)) {
                decide(member, select(selected), 201);
            }
            decide(lateJoiner, select(joined), 201);
            Map<String, Object> deselect = new HashMap<>(select(joined));
            deselect.remove("strand");
            deselect.remove("listedFor");
            deselect.put("type", "DESELECT");
            deselect.put("reasonCode", "MOVED_OUT_OF_AREA");
            decide(leaver, deselect, 201);

            recorded(COORDINATOR, settling, assessment("ACCOMMODATION", "HIGH", "NO_FIXED_ABODE", first));
            recorded(COORDINATOR, settling, assessment("EMPLOYMENT", "HIGH", "UNEMPLOYED", first));
            recorded(PROBATION, settling, assessment("ACCOMMODATION", "LOW", "SETTLED", second));
            recorded(PROBATION, settling, assessment("EMPLOYMENT", "NONE", "EMPLOYED", second));
            recorded(PROBATION, settled, assessment("ACCOMMODATION", "NONE", "SETTLED", first));
            Map<String, Object> drugs = assessment("DRUGS", "HIGH", null, first);
            drugs.put("classAUse", true);
            recorded(PROBATION, settled, drugs);
            recorded(PROBATION, lateJoiner, assessment("EMPLOYMENT", "LOW", "EMPLOYED", first));
            recorded(PROBATION, leaver, assessment("ACCOMMODATION", "HIGH", "NO_FIXED_ABODE", first));
            recorded(PROBATION, candidate, assessment("ACCOMMODATION", "LOW", "SETTLED", first));
            recorded(PROBATION, restricted, assessment("ACCOMMODATION", "LOW", "SETTLED", first));
            given().auth().oauth2(DPO).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Accuracy contested by the subject")).post("/api/v1/offenders/{id}/restriction", restricted)
                    .then().statusCode(200);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/needs", restricted).then().statusCode(404);

            // the day after the first assessments: settling, settled, unassessed and the leaver are members
            given().auth().oauth2(ANALYST).queryParam("on", first.plusDays(1).toString())
                    .get("/api/v1/schemes/{s}/needs-summary", scheme.id()).then().statusCode(200)
                    .body("scheme", equalTo(scheme.code()))
                    .body("members", equalTo(4))
                    .body("settledAccommodation", equalTo(1))
                    .body("noFixedAbode", equalTo(2))
                    .body("accommodationNotAssessed", equalTo(1))
                    .body("employed", equalTo(0))
                    .body("employmentNotAssessed", equalTo(3))
                    .body("noAssessment", equalTo(1))
                    .body("highNeeds.ACCOMMODATION", equalTo(2))
                    .body("highNeeds.EMPLOYMENT", equalTo(1))
                    .body("highNeeds.DRUGS", equalTo(1))
                    .body("highNeeds.FINANCE", equalTo(0));
            // today: the leaver has gone, the late joiner came with an earlier employment assessment
            given().auth().oauth2(COORDINATOR).queryParam("on", TODAY.toString())
                    .get("/api/v1/schemes/{s}/needs-summary", scheme.id()).then().statusCode(200)
                    .body("members", equalTo(4))
                    .body("settledAccommodation", equalTo(2))
                    .body("noFixedAbode", equalTo(0))
                    .body("accommodationNotAssessed", equalTo(2))
                    .body("employed", equalTo(2))
                    .body("employmentNotAssessed", equalTo(2))
                    .body("noAssessment", equalTo(1))
                    .body("highNeeds.ACCOMMODATION", equalTo(0))
                    .body("highNeeds.EMPLOYMENT", equalTo(0))
                    .body("highNeeds.DRUGS", equalTo(1));
            given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", settling).queryParam("size", 100).get("/api/v1/audit")
                    .then().body("items.action", hasItem("NEEDS_SUMMARY_READ"));

            String elsewhere = TestTokens.user("sam.scoped").roles("analyst").schemes("NOT-" + scheme.code()).token();
            given().auth().oauth2(elsewhere).get("/api/v1/schemes/{s}/needs-summary", scheme.id()).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/needs-summary", UUID.randomUUID()).then().statusCode(404);
            given().auth().oauth2(OFFENDER_MANAGER).get("/api/v1/schemes/{s}/needs-summary", scheme.id()).then().statusCode(403);
        }
    }
}
