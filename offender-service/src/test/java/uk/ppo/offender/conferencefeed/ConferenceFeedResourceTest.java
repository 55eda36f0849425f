package uk.ppo.offender.conferencefeed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;
import uk.ppo.offender.cohort.AmberListTest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConferenceFeedResourceTest {

    static final String FEED = TestTokens.user("service-account-action-plan-service").client("action-plan-service")
            .roles("conference-feed").token();
    static final String PROBATION = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();

    @Test
    void everyCurrentMemberWithTheFactsAnAgendaNeedsAndTheStandardsMissedSinceTheLastConference() {
        var scheme = Fixtures.scheme();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String member = Fixtures.adult(scheme.id());
        String candidate = Fixtures.adult(scheme.id());
        AmberListTest.decide(member, "SELECT", "CATCH_CONVICT", null, today.minusDays(30)).statusCode(201);
        for (Object[] e : new Object[][]{{"late-old", 40, 30}, {"late-new", 12, 2}, {"on-time", 5, 1}}) {
            given().auth().oauth2(PROBATION).contentType(ContentType.JSON)
                    .body(Map.of("sourceId", e[0] + "-" + member, "type", "COURT_RESULT",
                            "occurredAt", today.minusDays((Integer) e[1]).atTime(9, 0).toInstant(ZoneOffset.UTC).toString(),
                            "recordedAt", today.minusDays((Integer) e[2]).atTime(9, 0).toInstant(ZoneOffset.UTC).toString()))
                    .post("/api/v1/offenders/{id}/events", member).then().statusCode(201);
        }
        given().auth().oauth2(FEED).queryParam("lateSince", today.minusDays(20).toString())
                .get("/api/v1/schemes/{id}/agenda-facts", scheme.id()).then().statusCode(200)
                .body("schemeCode", equalTo(scheme.code()))
                .body("members.personId", equalTo(List.of(member)))
                .body("members[0].status", equalTo("ACTIVE")).body("members[0].strand", equalTo("CATCH_CONVICT"))
                .body("members[0].selectedOn", equalTo(today.minusDays(30).toString()))
                .body("members[0].nextReviewDue", equalTo(today.minusDays(30).plusMonths(6).toString()))
                .body("members[0].inCustody", equalTo(false))
                .body("members[0].standardsMissed", equalTo(1));
        given().auth().oauth2(FEED).get("/api/v1/schemes/{id}/agenda-facts", scheme.id()).then().statusCode(400)
                .body("violations[0].field", equalTo("lateSince"));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("lateSince", today.toString())
                .get("/api/v1/schemes/{id}/agenda-facts", scheme.id()).then().statusCode(403);
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", member).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("AGENDA_FACTS_READ"));
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", candidate).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("AGENDA_FACTS_READ")));
    }
}
