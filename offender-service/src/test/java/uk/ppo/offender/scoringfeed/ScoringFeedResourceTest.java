package uk.ppo.offender.scoringfeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ScoringFeedResourceTest {

    static final String SCORING = TestTokens.user("service-account-scoring-service").client("scoring-service")
            .roles("scoring-feed", "scope-lookup").token();
    static final String FEED = "/api/v1/schemes/{id}/scoring-inputs";
    static final LocalDate TODAY = LocalDate.now();

    static void offence(String personId, String category, String status, LocalDate on, List<String> victims) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", "CR-" + Fixtures.freshCode());
        body.put("category", category);
        body.put("status", status);
        body.put("offenceDate", on.toString());
        body.put("victimTypes", victims);
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/offences", personId).then().statusCode(201);
    }

    static void intelligence(String personId, Instant at) {
        Map<String, Object> body = Map.of("sourceId", "INT-" + Fixtures.freshCode(), "type", "INTELLIGENCE",
                "occurredAt", at.toString(), "sourceAgency", "POLICE", "grading", "B2");
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/events", personId).then().statusCode(201);
    }

    static void nominate(String personId, String strand) {
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("strand", strand, "listedFor", "PROLIFIC", "reason", "Prolific burglary", "agency", "POLICE"))
                .post("/api/v1/offenders/{id}/nominations", personId).then().statusCode(201);
    }

    @Test
    void aScoreRunReadsMembersAndPendingNomineesWithOffencesAndIntelligenceInTheWindowAndEachReadIsAudited() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        body.put("flags", List.of("Violence warning", "OASys high"));
        String nominee = Fixtures.create(body);
        nominate(nominee, "CATCH_CONVICT");
        offence(nominee, "BURGLARY_DWELLING", "CONVICTED", TODAY.minusDays(10), List.of("ELDERLY"));
        offence(nominee, "SHOPLIFTING", "SUSPECTED", TODAY.minusMonths(3), List.of());
        offence(nominee, "ROBBERY", "CONVICTED", TODAY.minusMonths(30), List.of());
        intelligence(nominee, TODAY.minusDays(20).atTime(10, 0).toInstant(ZoneOffset.UTC));
        intelligence(nominee, Instant.now().minus(900, ChronoUnit.DAYS));

        String member = Fixtures.adult(scheme.id());
        nominate(member, "CATCH_CONVICT");
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", TODAY.minusMonths(1).toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", member).then().statusCode(201);
        String bystander = Fixtures.adult(scheme.id());
        offence(bystander, "ROBBERY", "CONVICTED", TODAY.minusDays(3), List.of());

        var response = given().auth().oauth2(SCORING).queryParam("asOf", TODAY.toString()).queryParam("from", TODAY.minusMonths(24).toString())
                .get(FEED, scheme.id()).then().statusCode(200)
                .body("schemeCode", equalTo(scheme.code()))
                .body("total", equalTo(2))
                .body("people.personId", containsInAnyOrder(nominee, member))
                .extract().jsonPath();
        String n = "people.find { it.personId == '" + nominee + "' }";
        assertEquals(List.of("SHOPLIFTING", "BURGLARY_DWELLING"), response.getList(n + ".offences.category"), response.prettyPrint());
        assertEquals(List.of("ELDERLY"), response.getList(n + ".offences[1].victimTypes"));
        assertEquals(List.of(TODAY.minusDays(20).toString()), response.getList(n + ".intelligenceDates"));
        assertEquals(List.of("CATCH_CONVICT"), response.getList(n + ".pendingStrands"));
        assertTrue(response.getBoolean(n + ".oasysHigh"));
        assertEquals("CANDIDATE", response.getString(n + ".status"));
        String m = "people.find { it.personId == '" + member + "' }";
        assertEquals("ACTIVE", response.getString(m + ".status"));
        assertEquals("CATCH_CONVICT", response.getString(m + ".strand"));
        assertEquals(List.of(), response.getList(m + ".offences"));
        assertFalse(response.getBoolean(m + ".oasysHigh"));

        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", nominee).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("OFFENCE_READ"))
                .body("items.user", hasItem("service-account-scoring-service"));
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", bystander).get("/api/v1/audit").then()
                .body("items.action", org.hamcrest.Matchers.not(hasItem("OFFENCE_READ")));
    }

    @Test
    void pagesAreOrderedAndSized() {
        var scheme = Fixtures.scheme();
        for (int i = 0; i < 3; i++) {
            nominate(Fixtures.adult(scheme.id()), "CATCH_CONVICT");
        }
        given().auth().oauth2(SCORING).queryParam("size", 2).get(FEED, scheme.id()).then().statusCode(200)
                .body("total", equalTo(3)).body("people", hasSize(2));
        given().auth().oauth2(SCORING).queryParam("size", 2).queryParam("page", 1).get(FEED, scheme.id()).then().statusCode(200)
                .body("people", hasSize(1));
    }

    @Test
    void aWholeSchemeReadAfterEachPagesLastPersonGivesEveryoneOnceAndCountsOnlyWhenAsked() {
        var scheme = Fixtures.scheme();
        for (int i = 0; i < 5; i++) {
            nominate(Fixtures.adult(scheme.id()), "CATCH_CONVICT");
        }
        List<String> first = given().auth().oauth2(SCORING).queryParam("size", 2).get(FEED, scheme.id()).then().statusCode(200)
                .body("total", equalTo(5)).extract().jsonPath().getList("people.personId");
        List<String> second = given().auth().oauth2(SCORING).queryParam("size", 2).queryParam("page", 1).queryParam("after", first.get(1))
                .queryParam("count", false).get(FEED, scheme.id()).then().statusCode(200)
                .body("total", equalTo(-1)).body("page", equalTo(1)).extract().jsonPath().getList("people.personId");
        List<String> third = given().auth().oauth2(SCORING).queryParam("size", 2).queryParam("page", 2).queryParam("after", second.get(1))
                .get(FEED, scheme.id()).then().statusCode(200)
                .body("total", equalTo(5)).extract().jsonPath().getList("people.personId");
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertEquals(all.stream().sorted().toList(), all, "in id order");
        assertEquals(5, all.stream().distinct().count(), all.toString());
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", second.get(0)).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("OFFENCE_READ"));
    }

    @Test
    void readersOfTwoIdRangesTogetherGetEveryoneOnce() {
        var scheme = Fixtures.scheme();
        for (int i = 0; i < 6; i++) {
            nominate(Fixtures.adult(scheme.id()), "CATCH_CONVICT");
        }
        List<String> everyone = given().auth().oauth2(SCORING).get(FEED, scheme.id()).then().statusCode(200)
                .extract().jsonPath().getList("people.personId");
        String boundary = everyone.get(2);
        // the first range: up to the boundary (inclusive), a page at a time
        List<String> low = given().auth().oauth2(SCORING).queryParam("size", 2).queryParam("until", boundary).get(FEED, scheme.id())
                .then().statusCode(200).body("total", equalTo(6)).extract().jsonPath().getList("people.personId");
        List<String> lowRest = given().auth().oauth2(SCORING).queryParam("size", 2).queryParam("after", low.get(1))
                .queryParam("until", boundary).queryParam("count", false).get(FEED, scheme.id())
                .then().statusCode(200).extract().jsonPath().getList("people.personId");
        // the second range: after the boundary, to the end
        List<String> high = given().auth().oauth2(SCORING).queryParam("size", 5).queryParam("after", boundary).queryParam("count", false)
                .get(FEED, scheme.id()).then().statusCode(200).extract().jsonPath().getList("people.personId");
        assertEquals(everyone.subList(0, 2), low);
        assertEquals(List.of(boundary), lowRest, "the range ends at its last id");
        assertEquals(everyone.subList(3, 6), high);
    }

    @Test
    void badParametersAre400AndOthersSchemesAnd404() {
        var scheme = Fixtures.scheme();
        given().auth().oauth2(SCORING).queryParam("asOf", TODAY.plusDays(1).toString()).get(FEED, scheme.id())
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("asOf"));
        given().auth().oauth2(SCORING).queryParam("size", 1001).get(FEED, scheme.id())
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().auth().oauth2(SCORING).queryParam("from", TODAY.plusDays(1).toString()).queryParam("asOf", TODAY.toString())
                .get(FEED, scheme.id()).then().statusCode(400).body("violations[0].field", equalTo("from"));
        String scoped = TestTokens.user("service-account-scoring-service").roles("scoring-feed").schemes("ELSEWHERE").token();
        given().auth().oauth2(scoped).get(FEED, scheme.id()).then().statusCode(404);
        String unscoped = TestTokens.user("service-account-scoring-service").roles("scoring-feed").noSchemes().token();
        given().auth().oauth2(unscoped).get(FEED, scheme.id()).then().statusCode(404);
        given().auth().oauth2(SCORING).get(FEED, java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void onlyScoringServicesFeedRoleMayRead() {
        var scheme = Fixtures.scheme();
        given().get(FEED, scheme.id()).then().statusCode(401);
        // a whole scheme's dates of birth, offences and intelligence are for scoring-service alone
        for (String role : new String[] {"officer", "analyst", "auditor", "offender-manager", "coordinator", "admin", "partner-system"}) {
            given().auth().oauth2(TestTokens.forRole(role)).get(FEED, scheme.id()).then().statusCode(403);
        }
        given().auth().oauth2(SCORING).get(FEED, scheme.id()).then().statusCode(200)
                .body("people", hasSize(0)).body("asOf", equalTo(TODAY.toString()));
    }
}
