package uk.ppo.offender.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.ppo.offender.Fixtures.COORDINATOR;
import static uk.ppo.offender.decision.LifecycleTest.decide;
import static uk.ppo.offender.decision.LifecycleTest.decision;

/** IOM cohorts beyond PPO through the API: entry, the person, the scheme's IOM cohort, NI 30, exit. */
@QuarkusTest
class IomCohortTest {

    static final String PROBATION = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();
    static final LocalDate ENTERED = LocalDate.now().minusMonths(3);

    static Map<String, Object> iom(String type, String category, String reason, LocalDate on) {
        Map<String, Object> body = decision(type, null, reason, on);
        body.put("iomCategory", category);
        return body;
    }

    static void sentenced(String personId, int months, Instant on) {
        Map<String, Object> event = new HashMap<>();
        event.put("sourceId", "SENT-" + Fixtures.freshCode());
        event.put("type", "CUSTODY_SENTENCE");
        event.put("occurredAt", on.toString());
        event.put("sourceAgency", "PROBATION");
        event.put("custodyMonths", months);
        event.put("expectedReleaseOn", LocalDate.ofInstant(on, java.time.ZoneOffset.UTC).plusMonths(months).minusDays(1).toString());
        given().auth().oauth2(PROBATION).contentType(ContentType.JSON).body(event)
                .post("/api/v1/offenders/{id}/events", personId).then().statusCode(201);
    }

    @Test
    void aShortSentenceMemberFromEntryToExit() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        String ppo = Fixtures.adult(scheme.id());
        decide(ppo, decision("SELECT", "CATCH_CONVICT", null, ENTERED)).statusCode(201);
        Instant sentencedAt = Instant.now().minus(120, ChronoUnit.DAYS);
        sentenced(id, 6, sentencedAt);
        sentenced(ppo, 3, sentencedAt);

        decide(id, iom("IOM_ENTER", "SHORT_SENTENCE", null, ENTERED)).statusCode(201)
                .body("type", equalTo("IOM_ENTER"))
                .body("iomCategory", equalTo("SHORT_SENTENCE"))
                .body("previousIomCohort", nullValue())
                .body("resultingIomCohort", equalTo("SHORT_SENTENCE"))
                .body("resultingStatus", equalTo("CANDIDATE"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("status", equalTo("CANDIDATE"))
                .body("iom.cohort", equalTo("SHORT_SENTENCE"))
                .body("iom.since", equalTo(ENTERED.toString()))
                .body("iom.mappaManaged", equalTo(false));
        given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/iom-cohort", scheme.id()).then().statusCode(200)
                .body("counts.PPO", equalTo(1))
                .body("counts.SHORT_SENTENCE", equalTo(1))
                .body("counts.DIP", equalTo(0))
                .body("members", hasSize(2));
        given().auth().oauth2(COORDINATOR).queryParam("category", "SHORT_SENTENCE")
                .get("/api/v1/schemes/{s}/iom-cohort", scheme.id()).then().statusCode(200)
                .body("members.id", equalTo(List.of(id)))
                .body("members[0].since", equalTo(ENTERED.toString()));

        // NI 30 for the short-sentence cohort fixed while they were in it: the PPO is not in it
        Map<String, Object> cohort = new HashMap<>();
        cohort.put("name", "Short-sentence IOM cohort");
        cohort.put("schemeIds", List.of(scheme.id()));
        cohort.put("fixedOn", ENTERED.plusDays(1).toString());
        cohort.put("baselineFrom", ENTERED.minusYears(2).toString());
        cohort.put("baselineTo", ENTERED.minusYears(1).toString());
        cohort.put("followUpFrom", ENTERED.minusYears(1).plusDays(1).toString());
        cohort.put("followUpTo", ENTERED.toString());
        cohort.put("targetReductionPercent", 20);
        cohort.put("category", "SHORT_SENTENCE");
        String measured = given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).body("members", equalTo(1)).extract().path("id");
        given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/performance/cohorts/{id}", measured).then()
                .statusCode(200).body("category", equalTo("SHORT_SENTENCE")).body("members", equalTo(1));
        // the service standards for the same fixed cohort: the member's missing sentence plan, not the PPO's
        String from = java.time.YearMonth.from(sentencedAt.atZone(java.time.ZoneOffset.UTC)).minusMonths(1).toString();
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("from", from)
                .queryParam("to", java.time.YearMonth.now().toString()).queryParam("cohortId", measured)
                .get("/api/v1/performance/service-standards/report").then().statusCode(200)
                // the sentence plan never came, and the sentence itself was recorded long after it was passed
                .body("lateItems.personId", everyItem(equalTo(id)))
                .body("lateItems.standard", hasItem("SENTENCE_PLAN"));
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("from", from)
                .queryParam("to", java.time.YearMonth.now().toString()).queryParam("cohortId", java.util.UUID.randomUUID())
                .get("/api/v1/performance/service-standards/report").then().statusCode(404);
        cohort.remove("category");
        given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).body("members", equalTo(1));

        // leaving: the exit names the cohort and one of the IOM reasons, and the history keeps both
        decide(id, iom("IOM_EXIT", "SHORT_SENTENCE", "DIED_OR_SERIOUS_ILLNESS", ENTERED.plusMonths(1)).entrySet().stream()
                .filter(e -> !e.getKey().equals("reasonCode")).collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll))
                .statusCode(400).body("violations[0].field", equalTo("reasonCode"));
        decide(id, iom("IOM_EXIT", "SHORT_SENTENCE", "STOPPED_OR_REDUCED_OFFENDING", ENTERED.plusMonths(1))).statusCode(201)
                .body("previousIomCohort", equalTo("SHORT_SENTENCE"))
                .body("resultingIomCohort", nullValue());
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().body("iom.cohort", nullValue());
        given().auth().oauth2(COORDINATOR).queryParam("category", "SHORT_SENTENCE")
                .get("/api/v1/schemes/{s}/iom-cohort", scheme.id()).then().body("members", hasSize(0));
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", id).then()
                .body("type", equalTo(List.of("IOM_ENTER", "IOM_EXIT")));
    }

    @Test
    void entryIsRefusedWhenThePersonDoesNotMeetTheCohortAndNothingChanges() {
        var scheme = Fixtures.scheme();
        String man = Fixtures.adult(scheme.id());
        decide(man, iom("IOM_ENTER", "SHORT_SENTENCE", null, ENTERED)).statusCode(409)
                .body("detail", containsString("no custodial sentence"));
        sentenced(man, 14, Instant.now().minus(200, ChronoUnit.DAYS));
        decide(man, iom("IOM_ENTER", "SHORT_SENTENCE", null, ENTERED)).statusCode(409)
                .body("detail", containsString("14 months"));
        sentenced(man, 4, Instant.now().minus(100, ChronoUnit.DAYS));
        decide(man, iom("IOM_ENTER", "WOMEN_SHORT_SENTENCE", null, ENTERED)).statusCode(409);
        decide(man, iom("IOM_ENTER", "PPO", null, ENTERED)).statusCode(400).body("violations[0].field", equalTo("iomCategory"));
        decide(man, iom("IOM_ENTER", "NOT_A_COHORT", null, ENTERED)).statusCode(400);
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", man).then().body("", hasSize(0));

        // the latest sentence counts: 4 months after the 14, so short sentence it is; selection as a PPO ends it
        decide(man, iom("IOM_ENTER", "SHORT_SENTENCE", null, ENTERED)).statusCode(201);
        decide(man, iom("IOM_ENTER", "DIP", null, ENTERED)).statusCode(409).body("detail", containsString("IOM_EXIT first"));
        decide(man, decision("SELECT", "CATCH_CONVICT", null, ENTERED.plusDays(7))).statusCode(201)
                .body("previousIomCohort", equalTo("SHORT_SENTENCE"))
                .body("resultingIomCohort", equalTo("PPO"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", man).then()
                .body("iom.cohort", equalTo("PPO")).body("iom.since", equalTo(ENTERED.plusDays(7).toString()));
    }

    @Test
    void mappaGoesBesideThePpoCohortWithoutMovingTheReviewDate() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        decide(id, decision("SELECT", "CATCH_CONVICT", null, ENTERED)).statusCode(201);
        String due = given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().extract().path("nextReviewDue");
        decide(id, iom("IOM_ENTER", "MAPPA", null, ENTERED.plusDays(10))).statusCode(201)
                .body("resultingMappaManaged", equalTo(true)).body("resultingStatus", equalTo("ACTIVE"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                .body("nextReviewDue", equalTo(due))
                .body("iom.cohort", equalTo("PPO"))
                .body("iom.mappaManaged", equalTo(true))
                .body("iom.mappaSince", equalTo(ENTERED.plusDays(10).toString()));
        given().auth().oauth2(COORDINATOR).queryParam("category", "MAPPA")
                .get("/api/v1/schemes/{s}/iom-cohort", scheme.id()).then()
                .body("counts.MAPPA", equalTo(1)).body("counts.PPO", equalTo(1)).body("members.id", equalTo(List.of(id)));
        // officers and other schemes' coordinators do not read the IOM cohort
        given().auth().oauth2(Fixtures.OFFICER).get("/api/v1/schemes/{s}/iom-cohort", scheme.id()).then().statusCode(403);
    }
}
