package uk.ppo.offender.offence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OffenceResourceTest {

    static final String PARTNER = TestTokens.user("service-account-police-system").client("police-system")
            .roles("partner-system").agency("police").token();
    static final String PROBATION = TestTokens.user("service-account-probation-system").client("probation-system")
            .roles("partner-system").agency("probation").token();

    static Map<String, Object> offence(String sourceId, String category, String status, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceSystem", "police-system");
        body.put("sourceId", sourceId);
        body.put("category", category);
        body.put("status", status);
        body.put("offenceDate", date.toString());
        body.put("victimTypes", List.of("ELDERLY"));
        return body;
    }

    @Test
    void pushingTheSameSourceIdAgainUpdatesAndNeverDuplicates() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        String sourceId = "CR-" + Fixtures.freshCode();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence(sourceId, "BURGLARY_DWELLING", "SUSPECTED", LocalDate.of(2026, 9, 14)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(201).body("result", equalTo("CREATED"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence(sourceId, "BURGLARY_DWELLING", "CONVICTED", LocalDate.of(2026, 9, 14)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(200).body("result", equalTo("UPDATED"));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("CONVICTED"))
                .body("[0].victimTypes", equalTo(List.of("ELDERLY")))
                .body("[0].sourceAgency", equalTo("POLICE"));
    }

    @Test
    void badOffencesAreNamedAndStoreNothing() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence("F1", "ROBBERY", "CONVICTED", LocalDate.now().plusDays(1)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(400).body("violations[0].field", equalTo("offenceDate"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence("F2", "ROBBERY", "CONVICTED", LocalDate.of(1995, 1, 1)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(400).body("violations[0].field", equalTo("offenceDate"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence("F3", "JAYWALKING", "CONVICTED", LocalDate.of(2026, 1, 1)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(400).body("violations[0].field", equalTo("category"));
        Map<String, Object> badVictim = offence("F4", "ROBBERY", "CONVICTED", LocalDate.of(2026, 1, 1));
        badVictim.put("victimTypes", List.of("CHILD"));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(badVictim)
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(400).body("violations[0].field", startsWith("victimTypes"));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().body("", hasSize(0));
        given().auth().oauth2(Fixtures.OFFICER).contentType(ContentType.JSON)
                .body(offence("F5", "ROBBERY", "CONVICTED", LocalDate.of(2026, 1, 1)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(403);
    }

    @Test
    void aSourceIdBelongingToAnotherPersonIsAConflict() {
        var scheme = Fixtures.scheme();
        String first = Fixtures.adult(scheme.id());
        String second = Fixtures.adult(scheme.id());
        String sourceId = "CR-" + Fixtures.freshCode();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(offence(sourceId, "ARSON", "ADMITTED", LocalDate.of(2026, 2, 1)))
                .post("/api/v1/offenders/{id}/offences", first).then().statusCode(201);
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(offence(sourceId, "ARSON", "ADMITTED", LocalDate.of(2026, 2, 1)))
                .post("/api/v1/offenders/{id}/offences", second).then().statusCode(409).body("violations[0].field", equalTo("sourceId"));
    }

    @Test
    void aPartnerCannotOverwriteAnotherPartnersRecordAndPushesAsItsOwnSystemAndAgency() {
        var scheme = Fixtures.scheme();
        String id = Fixtures.adult(scheme.id());
        String sourceId = "CR-" + Fixtures.freshCode();
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(offence(sourceId, "BURGLARY_DWELLING", "SUSPECTED", LocalDate.of(2026, 9, 14)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(201);

        // probation names police's record: refused, nothing changes
        given().auth().oauth2(PROBATION).contentType(ContentType.JSON)
                .body(offence(sourceId, "BURGLARY_DWELLING", "CONVICTED", LocalDate.of(2026, 9, 14)))
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(409)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sourceSystem"));
        // police cannot claim to be another agency
        Map<String, Object> asProbation = offence(sourceId, "BURGLARY_DWELLING", "CONVICTED", LocalDate.of(2026, 9, 14));
        asProbation.put("sourceAgency", "PROBATION");
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(asProbation)
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(409).body("violations[0].field", equalTo("sourceAgency"));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("SUSPECTED"))
                .body("[0].sourceSystem", equalTo("police-system")).body("[0].sourceAgency", equalTo("POLICE"));

        // the same source id without a system name is probation's own record, beside police's
        Map<String, Object> own = offence(sourceId, "THEFT_OTHER", "CONVICTED", LocalDate.of(2026, 9, 15));
        own.remove("sourceSystem");
        given().auth().oauth2(PROBATION).contentType(ContentType.JSON).body(own)
                .post("/api/v1/offenders/{id}/offences", id).then().statusCode(201).body("result", equalTo("CREATED"));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.sourceSystem == 'police-system' }.status", equalTo("SUSPECTED"))
                .body("find { it.sourceSystem == 'probation-system' }.sourceAgency", equalTo("PROBATION"));

        // in bulk, a record naming another system is rejected alone
        Map<String, Object> person = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        Fixtures.create(person);
        given().auth().oauth2(PROBATION).contentType(ContentType.JSON)
                .body(List.of(withPnc(offence(sourceId, "ROBBERY", "CONVICTED", LocalDate.of(2026, 3, 1)), (String) person.get("pncId"))))
                .post("/api/v1/offences/bulk").then().statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].errors[0]", startsWith("sourceSystem"));
    }

    @Test
    void bulkReportsEveryRecordAndStoresTheValidOnes() {
        var scheme = Fixtures.scheme();
        Map<String, Object> person = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        Fixtures.create(person);
        String pnc = (String) person.get("pncId");
        String prefix = Fixtures.freshCode();
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(withPnc(offence(prefix + "-1", "SHOPLIFTING", "CONVICTED", LocalDate.of(2026, 3, 1)), pnc));
        records.add(withPnc(offence(prefix + "-2", "SHOPLIFTING", "CONVICTED", LocalDate.now().plusDays(5)), pnc));
        records.add(withPnc(offence(prefix + "-3", "TWOC", "ADMITTED", LocalDate.of(2026, 3, 2)), "1999/0000002Z"));
        records.add(withPnc(offence(prefix + "-1", "SHOPLIFTING", "CONVICTED", LocalDate.of(2026, 3, 1)), pnc));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(records)
                .post("/api/v1/offences/bulk").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0)).body("rejected", equalTo(3))
                .body("results.result", equalTo(List.of("CREATED", "REJECTED", "REJECTED", "REJECTED")))
                .body("results[1].errors[0]", startsWith("offenceDate"))
                .body("results[2].errors[0]", startsWith("pncId"))
                .body("results[3].errors[0]", startsWith("sourceId"));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= OffenceResource.BULK_LIMIT; i++) {
            tooMany.add(withPnc(offence(prefix + "-x" + i, "SHOPLIFTING", "CONVICTED", LocalDate.of(2026, 3, 1)), pnc));
        }
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(tooMany)
                .post("/api/v1/offences/bulk").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBulkPushBetweenOneAndTwoMegabytesIsReadAndItsBadRecordNamedNotCutOff() {
        Map<String, Object> huge = new java.util.HashMap<>(withPnc(offence("CR-huge", "SHOPLIFTING", "CONVICTED", LocalDate.of(2026, 3, 1)),
                Fixtures.freshPnc()));
        huge.put("sourceId", "x".repeat(1_500_000));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(List.of(huge))
                .post("/api/v1/offences/bulk").then().statusCode(200)
                .body("created", equalTo(0)).body("rejected", equalTo(1))
                .body("results[0].errors[0]", startsWith("sourceId"));
    }

    @Test
    void fiftyParallelBulkPushesWithOverlappingIdsLeaveExactlyOneRecordPerId() throws Exception {
        var scheme = Fixtures.scheme();
        Map<String, Object> person = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1990, 4, 12));
        String id = Fixtures.create(person);
        String prefix = Fixtures.freshCode();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<int[]>> pushes = new ArrayList<>();
            for (int t = 0; t < 50; t++) {
                int first = t;
                pushes.add(() -> {
                    List<Map<String, Object>> records = new ArrayList<>();
                    for (int k = 0; k < 10; k++) {
                        records.add(withPnc(offence(prefix + "-" + ((first + k) % 60), "THEFT_OTHER", "CONVICTED",
                                LocalDate.of(2026, 1, 1).plusDays(k)), (String) person.get("pncId")));
                    }
                    var response = given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(records)
                            .post("/api/v1/offences/bulk").then().statusCode(200).extract();
                    return new int[] {response.path("created"), response.path("updated"), response.path("rejected")};
                });
            }
            int created = 0;
            int updated = 0;
            int rejected = 0;
            for (Future<int[]> f : pool.invokeAll(pushes)) {
                created += f.get()[0];
                updated += f.get()[1];
                rejected += f.get()[2];
            }
            assertEquals(0, rejected);
            assertEquals(59, created, "ids 0..58 are pushed (50 pushes of 10 consecutive ids from 0..49)");
            assertEquals(500 - 59, updated);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}/offences", id).then().body("", hasSize(59));
    }

    static Map<String, Object> withPnc(Map<String, Object> offence, String pnc) {
        Map<String, Object> copy = new HashMap<>(offence);
        copy.put("pncId", pnc);
        return copy;
    }
}
