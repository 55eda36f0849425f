package uk.ppo.hotspot.incident;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.hotspot.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.ppo.hotspot.Fixtures.ANALYST;
import static uk.ppo.hotspot.Fixtures.PARTNER;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class IncidentResourceTest {

    static final String PUSH = "/api/v1/incidents/partner/{reference}";

    static Map<String, Object> incident(String reference, String lsoa, String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("occurredAt", at);
        body.put("crimeType", "Anti-social behaviour");
        body.put("latitude", 50.91);
        body.put("longitude", 0.31);
        body.put("location", "On or near Robertson Street");
        body.put("lsoaCode", lsoa);
        return body;
    }

    static long count(Fixtures.Hierarchy h, String month) {
        return ((Number) given().auth().oauth2(ANALYST).queryParam("level", "DISTRICT").queryParam("from", month)
                .queryParam("to", month).queryParam("within", h.county()).when().get("/api/v1/hotspots")
                .then().statusCode(200).extract().path("areas[0].count")).longValue();
    }

    @Test
    void aPushedIncidentIsStoredOnceAndRetriesUpdateIt() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        String ref = "INC-" + Fixtures.code();
        // 23:30 UTC on 31 July is 00:30 on 1 August in London: the month follows UK time
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, h.l1(), "2024-07-31T23:30:00Z"))
                .when().put(PUSH, ref)
                .then().statusCode(201)
                .body("reference", equalTo(ref))
                .body("month", equalTo("2024-08"))
                .body("occurredAt", equalTo("2024-07-31T23:30:00Z"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, h.l1(), "2024-07-31T23:30:00Z"))
                .when().put(PUSH, ref).then().statusCode(200);
        Map<String, Object> changed = incident(ref, h.l1(), "2024-07-31T23:30:00Z");
        changed.put("crimeType", "Public order");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(changed)
                .when().put(PUSH, ref).then().statusCode(200).body("crimeType", equalTo("Public order"));
        given().auth().oauth2(PARTNER).when().get(PUSH, ref)
                .then().statusCode(200).body("crimeType", equalTo("Public order")).body("lsoaCode", equalTo(h.l1()));
        org.junit.jupiter.api.Assertions.assertEquals(1, count(h, "2024-08"));

        // another partner's references are its own
        given().auth().oauth2(TestTokens.user("essex-police-system").roles("partner-system").token())
                .when().get(PUSH, ref).then().statusCode(404).contentType("application/problem+json");
    }

    /** Counts per LSOA of one month (the report reads maintained monthly counts, so moves must show at once). */
    static Map<String, Integer> lsoaCounts(Fixtures.Hierarchy h, String month) {
        List<Map<String, Object>> areas = given().auth().oauth2(ANALYST).queryParam("level", "LSOA").queryParam("from", month)
                .queryParam("to", month).queryParam("within", h.county()).when().get("/api/v1/hotspots")
                .then().statusCode(200).extract().path("areas");
        Map<String, Integer> counts = new java.util.TreeMap<>();
        areas.forEach(a -> counts.put((String) a.get("code"), ((Number) a.get("count")).intValue()));
        return counts;
    }

    @Test
    void aPushedIncidentThatMovesAreaOrMonthMovesInTheReports() {
        Fixtures.Hierarchy h = Fixtures.Hierarchy.create();
        String ref = "INC-" + Fixtures.code();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, h.l1(), "2024-03-10T21:00:00Z"))
                .when().put(PUSH, ref).then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(h.l1(), 1, h.l2(), 0, h.l3(), 0), lsoaCounts(h, "2024-03"));

        // the partner corrects the LSOA: counted in L3 now, no longer in L1
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, h.l3(), "2024-03-10T21:00:00Z"))
                .when().put(PUSH, ref).then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(h.l1(), 0, h.l2(), 0, h.l3(), 1), lsoaCounts(h, "2024-03"));

        // and the date: it leaves March for April
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, h.l3(), "2024-04-02T09:00:00Z"))
                .when().put(PUSH, ref).then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(h.l1(), 0, h.l2(), 0, h.l3(), 0), lsoaCounts(h, "2024-03"));
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(h.l1(), 0, h.l2(), 0, h.l3(), 1), lsoaCounts(h, "2024-04"));
    }

    @Test
    void invalidIncidentsAreNamed() {
        String ref = "INC-" + Fixtures.code();
        Map<String, Object> body = incident(ref, "E0102", "2024-07-31T23:30:00Z");
        body.put("latitude", 91);
        body.remove("occurredAt");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(body).when().put(PUSH, ref)
                .then().statusCode(400)
                .body("violations.field", hasItem("occurredAt"))
                .body("violations.field", hasItem("latitude"))
                .body("violations.field", hasItem("lsoaCode"));
        Map<String, Object> unknownType = incident(ref, null, "2024-07-31T23:30:00Z");
        unknownType.put("crimeType", "Jaywalking");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(unknownType).when().put(PUSH, ref)
                .then().statusCode(400).body("violations[0].field", equalTo("crimeType"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(incident(ref, null, "2024-07-31T23:30:00Z"))
                .when().put(PUSH, "OTHER-REF").then().statusCode(400).body("violations[0].field", equalTo("reference"));
        given().auth().oauth2(PARTNER).when().get(PUSH, ref).then().statusCode(404);
    }

    @Test
    void onlyPartnerSystemsAndAdminsPush() {
        String ref = "INC-" + Fixtures.code();
        given().contentType(ContentType.JSON).body(incident(ref, null, "2024-07-01T10:00:00Z"))
                .when().put(PUSH, ref).then().statusCode(401);
        for (String role : new String[] {"analyst", "coordinator", "officer"}) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                    .body(incident(ref, null, "2024-07-01T10:00:00Z"))
                    .when().put(PUSH, ref).then().statusCode(403);
        }
    }
}
