package uk.ppo.offender.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;
import uk.ppo.offender.support.PartnerServicesStub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's data-protection lifecycle in offender-service, with scoring- and action-plan-service stubbed:
 * restriction, the review queue, RETAIN and DISPOSE, a disposal that outlives a service being down, and
 * a subject-access bundle.
 */
@QuarkusTest
@QuarkusTestResource(PartnerServicesStub.class)
class DataProtectionLifecycleTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    static final String DPO = RetentionPolicyResourceTest.DPO;
    static final String PARTNER = TestTokens.user("service-account-police-system").client("police-system")
            .roles("partner-system").agency("police").token();
    @Inject
    AgroalDataSource db;

    static final String FEED = TestTokens.user("service-account-scoring-service").roles("scoring-feed").token();

    static void decide(String personId, String type, String strand, String reasonCode, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        if (strand != null) {
            body.put("strand", strand);
        }
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        if (type.equals("SELECT")) {
            body.put("listedFor", "PROLIFIC");
        }
        body.put("decidedOn", on.toString());
        body.put("rationale", "Panel of " + on);
        body.put("attendingAgencies", List.of("POLICE", "PROBATION"));
        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders/{id}/decisions", personId).then().statusCode(201);
    }

    static JsonPath await(String path, Supplier<String> token) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonPath job = given().auth().oauth2(token.get()).get(path).then().statusCode(200).extract().jsonPath();
            if (!"PENDING".equals(job.getString("status")) || System.currentTimeMillis() > until) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aRestrictedPersonIsLeftOutOfEveryListAndReadOnlyByTheDpoAndAuditorsWhileOfficersStillGetTheirStatus() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1988, 5, 5));
        String pnc = (String) body.get("pncId");
        String id = Fixtures.create(body);
        decide(id, "SELECT", "CATCH_CONVICT", null, LocalDate.now().minusMonths(1));

        given().auth().oauth2(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/offenders/{id}/restriction", id).then().statusCode(403);
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/offenders/{id}/restriction", id).then().statusCode(400)
                .body("violations[0].field", startsWith("reason"));
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("reason", "Accuracy contested by the subject"))
                .post("/api/v1/offenders/{id}/restriction", id).then().statusCode(200)
                .body("restriction.reason", equalTo("Accuracy contested by the subject"))
                .body("restriction.by", equalTo("dora.dpo"));

        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(404)
                .body("detail", equalTo("No person " + id));
        given().auth().oauth2(Fixtures.COORDINATOR).queryParam("pnc", pnc).get("/api/v1/offenders").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/schemes/{id}/cohort", scheme.id()).then()
                .statusCode(200).body("members.id", not(hasItem(id)));
        given().auth().oauth2(FEED).get("/api/v1/schemes/{id}/scoring-inputs", scheme.id()).then()
                .statusCode(200).body("items.personId", not(hasItem(id)));
        // operational safety: officers still learn the person is a PPO, and nothing more than before
        given().auth().oauth2(Fixtures.OFFICER).queryParam("pnc", pnc).get("/api/v1/status").then().statusCode(200)
                .body("ppo", equalTo(true)).body("restriction", equalTo(null));

        given().auth().oauth2(DPO).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("restriction.reason", notNullValue());
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/offenders/{id}", id).then().statusCode(200);
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("pnc", pnc).get("/api/v1/offenders").then()
                .body("total", equalTo(1));
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/offenders/{id}/restriction", id).then().statusCode(409);
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", id).queryParam("size", 500).get("/api/v1/audit")
                .then().body("items.action", hasItems("RESTRICTION_APPLY", "ACCESS_REFUSED"));

        given().auth().oauth2(DPO).delete("/api/v1/offenders/{id}/restriction", id).then().statusCode(204);
        given().auth().oauth2(DPO).delete("/api/v1/offenders/{id}/restriction", id).then().statusCode(204);
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(200)
                .body("restriction", equalTo(null));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/schemes/{id}/cohort", scheme.id()).then()
                .body("members.id", hasItem(id));
    }

    @Test
    void aPersonIsDueForReviewRetainedDueAgainThenDisposedOfInEveryServiceWhileTheNi30FiguresStay() throws Exception {
        String current = given().auth().oauth2(DPO).get("/api/v1/retention/policy").then().extract().header("ETag");
        List<Map<String, Object>> mopi = new ArrayList<>();
        for (RetentionRecords.RecordKind kind : RetentionRecords.RecordKind.values()) {
            String runsFrom = switch (kind) {
                case OFFENCES -> "LAST_OFFENCE";
                case EVENTS, INTELLIGENCE -> "LAST_ACTIVITY";
                case AUDIT -> "RECORDED";
                default -> "DESELECTION_OR_REMOVAL";
            };
            mopi.add(Map.of("kind", kind.name(), "reviewMonths", 72, "runsFrom", runsFrom));
        }
        int policy = given().auth().oauth2(DPO).contentType(ContentType.JSON).header("If-Match", current)
                .body(Map.of("rules", mopi, "source", "College of Policing APP, Management of Police Information: six years, as version 1")).put("/api/v1/retention/policy")
                .then().statusCode(200).extract().path("version");

        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1979, 2, 2));
        String pnc = (String) body.get("pncId");
        String id = Fixtures.create(body);
        decide(id, "SELECT", "CATCH_CONVICT", null, LocalDate.of(2018, 1, 10));
        decide(id, "DESELECT", null, "MOVED_OUT_OF_AREA", LocalDate.of(2019, 2, 1));
        String prefix = Fixtures.freshCode();
        List<Map<String, Object>> offences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            offences.add(Map.of("pncId", pnc, "sourceId", prefix + "-" + i, "category", "BURGLARY_DWELLING",
                    "status", "CONVICTED", "offenceDate", LocalDate.of(2018, 3 + i, 5).toString()));
        }
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON).body(offences).post("/api/v1/offences/bulk")
                .then().statusCode(200).body("rejected", equalTo(0));
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(Map.of("sourceSystem", "police-system", "sourceId", prefix + "-intel", "type", "INTELLIGENCE",
                        "occurredAt", "2018-06-01T10:00:00Z", "sourceAgency", "POLICE", "grading", "B2",
                        "detail", "Seen with known handler"))
                .post("/api/v1/offenders/{id}/events", id).then().statusCode(201);
        Map<String, Object> cohort = Map.of("name", "Retention cohort " + prefix, "schemeIds", List.of(scheme.id()),
                "fixedOn", "2018-02-01", "baselineFrom", "2017-01-01", "baselineTo", "2017-12-31",
                "followUpFrom", "2018-02-01", "followUpTo", "2019-01-31", "targetReductionPercent", 20);
        String ni30 = given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).body("members", equalTo(1)).extract().path("id");
        String reportBefore = given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("asOf", "2019-06-30")
                .get("/api/v1/performance/cohorts/{id}", ni30).then().statusCode(200)
                .body("followUpOffences", equalTo(3)).extract().asString();

        // due: six years after leaving the scheme (2025-02-01), and after the last offence (2024-05-05)
        given().auth().oauth2(DPO).queryParam("schemeId", scheme.id()).get("/api/v1/retention/reviews").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].personId", equalTo(id)).body("items[0].policyVersion", equalTo(policy))
                .body("items[0].dueOn", equalTo("2024-05-05"))
                .body("items[0].reasons.kind", hasItems("OFFENCES", "PERSON", "DECISIONS"))
                .body("items[0].reasons.find { it.kind == 'PERSON' }.from", equalTo("2019-02-01"));
        given().auth().oauth2(DPO).queryParam("schemeId", scheme.id()).queryParam("asOf", "2024-01-01")
                .get("/api/v1/retention/reviews").then().body("total", equalTo(0));
        given().auth().oauth2(Fixtures.ADMIN).get("/api/v1/retention/reviews").then().statusCode(403);

        // RETAIN: not due until the date it set, then due again for that reason
        LocalDate next = LocalDate.now().plusYears(1);
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("outcome", "RETAIN", "reason", "MAPPA"))
                .post("/api/v1/retention/reviews/{id}/decisions", id).then().statusCode(400)
                .body("violations[0].field", equalTo("nextReviewOn"));
        given().auth().oauth2(DPO).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RETAIN", "reason", "MAPPA level 2", "nextReviewOn", next.toString()))
                .post("/api/v1/retention/reviews/{id}/decisions", id).then().statusCode(201)
                .body("policyVersion", equalTo(policy)).body("decidedBy", equalTo("dora.dpo"));
        given().auth().oauth2(DPO).queryParam("schemeId", scheme.id()).get("/api/v1/retention/reviews").then()
                .body("total", equalTo(0));
        given().auth().oauth2(DPO).queryParam("schemeId", scheme.id()).queryParam("asOf", next.toString())
                .get("/api/v1/retention/reviews").then().body("total", equalTo(1))
                .body("items[0].reasons[0].explanation", startsWith("the last RETAIN decision"));

        // a needs assessment with a note (dated before the deselection, so the review dates above hold)
        given().auth().oauth2(PARTNER).contentType(ContentType.JSON)
                .body(Map.of("area", "ACCOMMODATION", "level", "HIGH", "status", "NO_FIXED_ABODE", "assessedOn", "2018-06-01",
                        "note", "Sleeping in a car at the seafront"))
                .post("/api/v1/offenders/{id}/needs", id).then().statusCode(201);

        // the subject-access bundle, taken before disposal, lists every record and every read
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(200);
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("pncId", pnc, "personId", id))
                .post("/api/v1/subject-access-requests").then().statusCode(400);
        String sar = given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("pncId", pnc))
                .post("/api/v1/subject-access-requests").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/subject-access-requests/")).extract().path("id");
        JsonPath request = await("/api/v1/subject-access-requests/" + sar, () -> DPO);
        assertEquals("COMPLETED", request.getString("status"), request.prettify());
        JsonPath bundle = given().auth().oauth2(DPO).get("/api/v1/subject-access-requests/{id}/bundle", sar).then()
                .statusCode(200).body("sections.service", equalTo(List.of("offender-service", "action-plan-service", "scoring-service")))
                .extract().jsonPath();
        List<String> kinds = bundle.getList("sections[0].records.kind");
        assertEquals(1, kinds.stream().filter("person"::equals).count());
        assertEquals(3, kinds.stream().filter("offence"::equals).count());
        assertEquals(2, kinds.stream().filter("panel-decision"::equals).count());
        assertTrue(kinds.containsAll(List.of("event", "retention-decision", "ni30-cohort-membership", "needs-assessment")), kinds.toString());
        assertEquals("Sleeping in a car at the seafront",
                bundle.get("sections[0].records.find { it.kind == 'needs-assessment' }.content.note"));
        // the two decisions' events for partners
        assertEquals(2, kinds.stream().filter("outbox-event"::equals).count());
        assertEquals("uk.ppo.offender.decision.recorded.v1",
                bundle.get("sections[0].records.find { it.kind == 'outbox-event' }.content.type"));
        assertEquals(Boolean.TRUE, bundle.get("sections[0].records.find { it.kind == 'event' }.reviewBeforeDisclosure"));
        assertEquals("Seen with known handler", bundle.get("sections[0].records.find { it.kind == 'event' }.content.detail"));
        assertEquals(pnc, bundle.get("sections[0].records.find { it.kind == 'person' }.content.pnc_id"));
        assertEquals("score", bundle.get("sections.find { it.service == 'scoring-service' }.records[0].kind"));
        List<Map<String, Object>> log = bundle.getList("disclosureLog");
        assertTrue(log.stream().anyMatch(d -> "PERSON_READ".equals(d.get("action")) && "cora.coordinator".equals(d.get("username"))
                && "offender-service".equals(d.get("service"))), log.toString());
        assertTrue(log.stream().anyMatch(d -> "scoring-service".equals(d.get("service"))), log.toString());

        // DISPOSE: not a current PPO; the person is then unknown, the stubbed services are asked until done
        String active = Fixtures.adult(scheme.id());
        decide(active, "SELECT", "CATCH_CONVICT", null, LocalDate.now().minusMonths(1));
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("outcome", "DISPOSE", "reason", "x"))
                .post("/api/v1/retention/reviews/{id}/decisions", active).then().statusCode(409);
        var disposed = given().auth().oauth2(DPO).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DISPOSE", "reason", "No continuing policing purpose"))
                .post("/api/v1/retention/reviews/{id}/decisions", id).then().statusCode(201)
                .body("disposalId", notNullValue()).extract();
        String location = disposed.header("Location");
        // the decision stays readable after the disposal, as its record, naming the policy it applied
        given().auth().oauth2(DPO).get("/api/v1/retention/decisions/{id}", disposed.<String>path("id")).then().statusCode(200)
                .body("outcome", equalTo("DISPOSE")).body("policyVersion", equalTo(policy))
                .body("disposalId", equalTo(disposed.<String>path("disposalId")));
        given().auth().oauth2(Fixtures.COORDINATOR).get("/api/v1/offenders/{id}", id).then().statusCode(404);
        given().auth().oauth2(DPO).get("/api/v1/offenders/{id}", id).then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN).queryParam("pnc", pnc).get("/api/v1/offenders").then().body("total", equalTo(0));
        given().auth().oauth2(Fixtures.OFFICER).queryParam("pnc", pnc).get("/api/v1/status").then().statusCode(200)
                .body("ppo", equalTo(false));
        given().auth().oauth2(DPO).contentType(ContentType.JSON).body(Map.of("outcome", "DISPOSE", "reason", "again"))
                .post("/api/v1/retention/reviews/{id}/decisions", id).then().statusCode(404);

        JsonPath disposal = await(location, () -> DPO);
        assertEquals("COMPLETED", disposal.getString("status"), disposal.prettify());
        // the person's events for partners are deleted: nothing left to deliver or read that leads to them
        assertEquals(0, Fixtures.outboxRowsAbout(db, id));
        given().auth().oauth2(DPO).get(location).then()
                .body("services.service", equalTo(List.of("action-plan-service", "offender-service", "scoring-service")))
                .body("services.state", everyItemIs("DONE"))
                // scoring-service was down for the first attempt
                .body("services.find { it.service == 'scoring-service' }.attempts", greaterThanOrEqualTo(2));

        // the partnership's figures are unchanged; the stored bundle went with the person
        String reportAfter = given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("asOf", "2019-06-30")
                .get("/api/v1/performance/cohorts/{id}", ni30).then().statusCode(200).extract().asString();
        assertEquals(reportBefore, reportAfter);
        given().auth().oauth2(DPO).get("/api/v1/subject-access-requests/{id}/bundle", sar).then().statusCode(404);
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT count(*), count(note) FROM needs_assessment WHERE person_id = ?")) {
            query.setObject(1, java.util.UUID.fromString(id));
            var rows = query.executeQuery();
            rows.next();
            assertEquals(1, rows.getInt(1), "the assessment is kept for the figures");
            assertEquals(0, rows.getInt(2), "its note went with the person");
        }
        given().auth().oauth2(Fixtures.AUDITOR).queryParam("personId", id).queryParam("size", 500).get("/api/v1/audit")
                .then().body("items.action", hasItems("RETENTION_DECISION", "DISPOSAL", "SUBJECT_ACCESS_REQUEST"));
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
