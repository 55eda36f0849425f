package uk.ppo.offender;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The limits the API document states (issue 24) are the ones the service enforces: one past each is a 400
 * problem naming the field, and nothing is stored. The limits come from the columns the values are stored in.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "offender"))
@QuarkusTestResource(OidcTestResource.class)
class RequestLimitsTest {

    private static final String PARTNER = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void aPersonWithAPncIdOrCroNumberLongerThanItsColumnIsRefusedAndNotStored() {
        var scheme = Fixtures.scheme();
        Map<String, Object> person = Fixtures.person(scheme.id(), "2019/0000001K" + " ".repeat(8), LocalDate.of(1990, 4, 12));
        refused(given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then(), "pncId");
        person.put("pncId", Fixtures.freshPnc());
        person.put("croNumber", "1".repeat(21));
        refused(given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then(), "croNumber");
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("lastName", person.get("lastName")).get("/api/v1/offenders")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void searchAndLookupParametersBeyondTheirLimitsAreRefused() {
        refused(given().auth().oauth2(Fixtures.COORDINATOR).queryParam("lastName", "S".repeat(101))
                .get("/api/v1/offenders").then(), "lastName");
        refused(given().auth().oauth2(Fixtures.COORDINATOR).queryParam("cro", "1".repeat(21))
                .get("/api/v1/offenders").then(), "cro");
        refused(given().auth().oauth2(Fixtures.OFFICER).queryParam("pnc", "2".repeat(21))
                .get("/api/v1/status").then(), "pnc");
        refused(given().auth().oauth2(Fixtures.OFFICER).queryParam("lastName", "Smith").queryParam("dateOfBirth", "1".repeat(21))
                .get("/api/v1/status/search").then(), "dateOfBirth");
        refused(given().auth().oauth2(Fixtures.AUDITOR).queryParam("user", "u".repeat(121))
                .get("/api/v1/audit").then(), "user");
        refused(given().auth().oauth2(Fixtures.ADMIN).queryParam("from", "+12026-01").queryParam("to", "2026-02")
                .get("/api/v1/performance/service-standards").then(), "from");
        refused(given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/performance/service-standards/definitions/{code}", "C".repeat(41))
                .then(), "code");
    }

    @Test
    void pagesAndWindowsBeyondTheirBoundsAreRefused() {
        refused(given().auth().oauth2(Fixtures.ADMIN).queryParam("page", 1_000_001).get("/api/v1/schemes").then(), "page");
        given().auth().oauth2(Fixtures.ADMIN).queryParam("page", 1_000_000).get("/api/v1/schemes").then().statusCode(200)
                .body("items", hasSize(0));
        var scheme = Fixtures.scheme();
        refused(given().auth().oauth2(Fixtures.COORDINATOR).queryParam("withinDays", 367)
                .get("/api/v1/schemes/{s}/reviews", scheme.id()).then(), "withinDays");
        String feed = TestTokens.user("service-account-scoring-service").client("scoring-service").roles("scoring-feed").token();
        refused(given().auth().oauth2(feed).queryParam("size", 1001)
                .get("/api/v1/schemes/{s}/scoring-inputs", scheme.id()).then(), "size");
        refused(given().auth().oauth2(feed).queryParam("page", 1_000_001)
                .get("/api/v1/schemes/{s}/scoring-inputs", scheme.id()).then(), "page");
    }

    @Test
    void anIfMatchLongerThanAnyVersionIsRefusedAndTheSchemeUnchanged() {
        var scheme = Fixtures.scheme();
        refused(given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", "\"" + "1".repeat(21) + "\"")
                .body(Map.of("name", "Renamed", "district", "Hastings"))
                .put("/api/v1/schemes/{id}", scheme.id()).then(), "If-Match");
        given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/schemes/{id}", scheme.id()).then().statusCode(200)
                .body("name", equalTo(scheme.code() + " scheme")).body("version", equalTo(0));
    }

    @Test
    void anEventWithASourceIdOrGradingLongerThanItsColumnIsRefusedAndNotStored() {
        var scheme = Fixtures.scheme();
        String person = Fixtures.adult(scheme.id());
        Map<String, Object> event = new HashMap<>();
        event.put("sourceId", "E".repeat(121));
        event.put("type", "INTELLIGENCE");
        event.put("grading", "B2");
        event.put("occurredAt", Instant.now().minusSeconds(3600).toString());
        refused(given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event)
                .post("/api/v1/offenders/{id}/events", person).then(), "sourceId");
        event.put("sourceId", Fixtures.freshCode());
        event.put("grading", "B2345");
        refused(given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(event)
                .post("/api/v1/offenders/{id}/events", person).then(), "grading");
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/events", person).then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void aBulkOffenceWithAPncIdLongerThanAnyIsRejectedAloneWithItsField() {
        var scheme = Fixtures.scheme();
        Map<String, Object> person = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        String id = Fixtures.create(person);
        Map<String, Object> offence = new HashMap<>(Map.of("sourceSystem", "probation-system", "sourceId", Fixtures.freshCode(),
                "category", "SHOPLIFTING", "status", "CONVICTED", "offenceDate", "2026-03-01"));
        offence.put("pncId", person.get("pncId") + " ".repeat(8));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(List.of(offence))
                .post("/api/v1/offences/bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("rejected", equalTo(1))
                .body("results[0].errors[0]", startsWith("pncId"))
                .body("results[0].errors", not(hasItem(startsWith("sourceId"))));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().statusCode(200)
                .body("", hasSize(0));
    }
}
