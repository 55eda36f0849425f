package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The amber list as the Thurrock strategy runs it (003 6.2: a custodial sentence over 2 years, "held on amber list
 * until review prior to release"), through the gateway with real Keycloak tokens: a custody event, the panel's amber
 * decision, the pre-release review 28 days before the expected release, the release, and the review back on the
 * strand interval.
 */
@ExtendWith(RunningSuite.class)
class AmberListIT {

    static final String THURROCK = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0003";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aCustodialSentenceTakesACatchAndConvictPpoOntoTheAmberListUntilAReviewBeforeRelease() {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        String pnc = "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "H";
        Map<String, Object> person = new HashMap<>(Map.of("pncId", pnc, "firstName", "Dean", "lastName", "Hughes",
                "dateOfBirth", "1988-02-11", "gender", "MALE", "ethnicity", "WHITE", "schemeId", THURROCK));
        String id = given().auth().oauth2(cora).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
        decide(cora, id, Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", TODAY.minusMonths(4).toString()))
                .body("resultingStatus", equalTo("ACTIVE"));

        // sentenced to 3 years; out on licence at the half-way point
        LocalDate sentenced = TODAY.minusDays(14);
        LocalDate release = sentenced.plusMonths(18);
        given().auth().oauth2(probation).contentType(ContentType.JSON)
                .body(Map.of("sourceId", "AMBER-" + pnc.substring(5, 12), "type", "CUSTODY_SENTENCE",
                        "occurredAt", sentenced.atTime(11, 0).toInstant(ZoneOffset.UTC).toString(),
                        "custodyMonths", 36, "expectedReleaseOn", release.toString(), "prison", "HMP Chelmsford"))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201).body("proposal", equalTo("AMBER_LIST"));

        decide(cora, id, Map.of("type", "AMBER", "reasonCode", "CUSTODY_OVER_2_YEARS", "decidedOn", TODAY.minusDays(7).toString()))
                .body("resultingStatus", equalTo("AMBER"));
        given().auth().oauth2(cora).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("status", equalTo("AMBER"))
                .body("custody.expectedReleaseOn", equalTo(release.toString()))
                .body("custody.prison", equalTo("HMP Chelmsford"))
                .body("nextReviewDue", equalTo(release.minusDays(28).toString()))
                .body("nextReviewPreRelease", equalTo(true));
        given().auth().oauth2(cora).queryParam("releaseWithinDays", 731).get("/api/v1/schemes/{s}/amber-list", THURROCK)
                .then().statusCode(200)
                .body("scheme", equalTo("THURROCK"))
                .body("preReleaseReviewDays", equalTo(28))
                .body("members.find { it.personId == '" + id + "' }.sentenceMonths", equalTo(36))
                .body("members.find { it.personId == '" + id + "' }.nextReviewDue", equalTo(release.minusDays(28).toString()))
                .body("members.find { it.personId == '" + id + "' }.daysToRelease", equalTo((int) ChronoUnit.DAYS.between(TODAY, release)))
                .body("releasesDue.personId", hasItem(id));
        // out of scope: as if the scheme did not exist
        given().auth().oauth2(RunningSuite.tokenFor("sam.scoped")).get("/api/v1/schemes/{s}/amber-list", THURROCK)
                .then().statusCode(404).contentType("application/problem+json");

        // released early, on licence: the event proposes leaving the amber list; the next review is 6 months on
        LocalDate released = TODAY.minusDays(1);
        given().auth().oauth2(probation).contentType(ContentType.JSON)
                .body(Map.of("sourceId", "RELEASE-" + pnc.substring(5, 12), "type", "RELEASE",
                        "occurredAt", released.atTime(9, 0).toInstant(ZoneOffset.UTC).toString()))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201).body("proposal", equalTo("LEAVE_AMBER_LIST"));
        given().auth().oauth2(cora).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("custody.inCustody", equalTo(false))
                .body("custody.releasedOn", equalTo(released.toString()))
                .body("nextReviewDue", equalTo(released.plusMonths(6).toString()))
                .body("nextReviewPreRelease", equalTo(false));
        decide(cora, id, Map.of("type", "RETURN_FROM_AMBER", "decidedOn", TODAY.toString()))
                .body("resultingStatus", equalTo("ACTIVE")).body("resultingStrand", equalTo("CATCH_CONVICT"));

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("AMBER_LIST_READ"));
    }

    @Test
    void everySampleSchemeHasAnAmberPpoWithAReleaseDateAndAPreReleaseReview() {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        for (String scheme : List.of("6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001", "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0002", THURROCK)) {
            given().auth().oauth2(cora).get("/api/v1/schemes/{s}/amber-list", scheme).then().statusCode(200)
                    .body("members.findAll { it.expectedReleaseOn != null }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                    .body("members.findAll { it.expectedReleaseOn != null }.preReleaseReview", everyItem(equalTo(true)))
                    .body("releasesDue", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                    .body("releasesDue[0].prison", notNullValue());
        }
    }

    private static ValidatableResponse decide(String token, String id, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put("rationale", "Panel decision (amber list system test)");
        body.put("attendingAgencies", List.of("POLICE", "PROBATION", "PRISON"));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
    }
}
