package uk.ppo.offender.decision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.offender.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.ppo.offender.Fixtures.AUDITOR;
import static uk.ppo.offender.Fixtures.COORDINATOR;
import static uk.ppo.offender.Fixtures.OFFICER;

/** Nomination → panel decision → reviews → cohort, through the API. */
@QuarkusTest
public class LifecycleTest {

    static final LocalDate DECIDED = LocalDate.now().minusMonths(2);

    public static Map<String, Object> decision(String type, String strand, String reason, LocalDate on) {
        return Fixtures.decision(type, strand, reason, on);
    }

    public static io.restassured.response.ValidatableResponse decide(String personId, Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/offenders/{id}/decisions", personId).then();
    }

    /** Prolific or priority (Thurrock strategy 5.0): on every nomination and selection, on the person, in the cohort. */
    @Nested
    class ListingBasis {

        @Test
        void aNominationAndASelectionSayProlificOrPriorityAndThePersonAndCohortShowIt() {
            var scheme = Fixtures.scheme();
            String priority = Fixtures.adult(scheme.id());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PRIORITY", "reason", "Two robberies of elderly victims", "agency", "POLICE"))
                    .post("/api/v1/offenders/{id}/nominations", priority).then().statusCode(201).body("listedFor", equalTo("PRIORITY"));
            Map<String, Object> select = decision("SELECT", "CATCH_CONVICT", null, DECIDED);
            select.put("listedFor", "PRIORITY");
            decide(priority, select).statusCode(201).body("listedFor", equalTo("PRIORITY"));
            String prolific = Fixtures.adult(scheme.id());
            decide(prolific, decision("SELECT", "REHABILITATE_RESETTLE", null, DECIDED)).statusCode(201).body("listedFor", equalTo("PROLIFIC"));

            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", priority).then().body("listedFor", equalTo("PRIORITY"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/nominations", priority).then()
                    .body("[0].listedFor", equalTo("PRIORITY"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", priority).then()
                    .body("[0].listedFor", equalTo("PRIORITY"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/cohort", scheme.id()).then().statusCode(200)
                    .body("byListingBasis.PROLIFIC", equalTo(1))
                    .body("byListingBasis.PRIORITY", equalTo(1))
                    .body("listingBasisNotRecorded", equalTo(0))
                    .body("members.find { it.id == '" + priority + "' }.listedFor", equalTo("PRIORITY"));

            // a move keeps the basis unless the panel restates it; leaving the scheme clears it
            Map<String, Object> move = decision("MOVE", "REHABILITATE_RESETTLE", "WORKING", DECIDED.plusDays(1));
            decide(priority, move).statusCode(201).body("listedFor", nullValue());
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", priority).then().body("listedFor", equalTo("PRIORITY"));
            Map<String, Object> restated = decision("MOVE", "CATCH_CONVICT", null, DECIDED.plusDays(2));
            restated.put("listedFor", "PROLIFIC");
            decide(priority, restated).statusCode(201).body("listedFor", equalTo("PROLIFIC"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", priority).then().body("listedFor", equalTo("PROLIFIC"));
            decide(priority, decision("DESELECT", null, "MOVED_OUT_OF_AREA", DECIDED.plusDays(3))).statusCode(201);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", priority).then()
                    .body("status", equalTo("DESELECTED")).body("listedFor", nullValue());
        }

        @Test
        void aNominationOrSelectionWithoutABasisOrWithAnUnknownOneIsAProblemNamingListedFor() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("strand", "CATCH_CONVICT", "reason", "Prolific shoplifting", "agency", "POLICE"))
                    .post("/api/v1/offenders/{id}/nominations", id).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("listedFor"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "VOLUME", "reason", "Prolific shoplifting", "agency", "POLICE"))
                    .post("/api/v1/offenders/{id}/nominations", id).then().statusCode(400)
                    .body("violations[0].field", equalTo("listedFor"))
                    .body("violations[0].message", equalTo("must be one of PROLIFIC, PRIORITY"));
            Map<String, Object> noBasis = decision("SELECT", "CATCH_CONVICT", null, DECIDED);
            noBasis.remove("listedFor");
            decide(id, noBasis).statusCode(400).body("violations[0].field", equalTo("listedFor"));
            Map<String, Object> unknown = decision("SELECT", "CATCH_CONVICT", null, DECIDED);
            unknown.put("listedFor", "HARMFUL");
            decide(id, unknown).statusCode(400).body("violations[0].field", equalTo("listedFor"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().body("status", equalTo("CANDIDATE"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/nominations", id).then().body("", hasSize(0));
        }
    }

    @Nested
    class Selection {

        @Test
        void aNominatedAdultSelectedOntoCatchAndConvictIsACurrentPpoWithASixMonthReview() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "14 dwelling burglaries in 12 months", "agency", "POLICE"))
                    .post("/api/v1/offenders/{id}/nominations", id).then().statusCode(201).body("status", equalTo("PENDING"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/nominations", scheme.id())
                    .then().statusCode(200).body("personId", hasItem(id));

            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201)
                    .body("previousStatus", equalTo("CANDIDATE"))
                    .body("resultingStatus", equalTo("ACTIVE"))
                    .body("attendingAgencies", equalTo(List.of("POLICE", "PROBATION", "COUNCIL")))
                    .body("recordedBy", equalTo("cora.coordinator"));

            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                    .body("status", equalTo("ACTIVE"))
                    .body("strand", equalTo("CATCH_CONVICT"))
                    .body("selectedOn", equalTo(DECIDED.toString()))
                    .body("nextReviewDue", equalTo(DECIDED.plusMonths(6).toString()));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/nominations", id).then()
                    .body("[0].status", equalTo("ACCEPTED"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/nominations", scheme.id())
                    .then().body("personId", org.hamcrest.Matchers.not(hasItem(id)));
        }

        @Test
        void theOfficersStatusViewHasExactlyTheDocumentedFields() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1985, 6, 1));
            String id = Fixtures.create(body);
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201);

            Map<String, Object> status = given().auth().oauth2(OFFICER).queryParam("pnc", body.get("pncId"))
                    .get("/api/v1/status").then().statusCode(200).extract().as(Map.class);
            assertEquals(Set.of("pncId", "ppo", "strand", "status", "scheme", "leadOfficer", "flags", "nextReviewDue"), status.keySet());
            assertEquals(true, status.get("ppo"));
            assertEquals("CATCH_CONVICT", status.get("strand"));
            assertEquals("ACTIVE", status.get("status"));
            assertEquals(scheme.code(), status.get("scheme"));
            assertEquals(Map.of("name", "PC 1234 Jo Bloggs", "contact", "01424 555 0101"), status.get("leadOfficer"));
            assertEquals(List.of("Violence warning"), status.get("flags"));
            assertEquals(DECIDED.plusMonths(6).toString(), status.get("nextReviewDue"));
        }

        @Test
        void everyStatusLookupLeavesOneAuditRecordWithWhoWhyAndTheRequestAndAnOutOfScopeOneIsAnsweredAsUnknownAndAuditedAsRefused() {
            var scheme = Fixtures.scheme();
            Map<String, Object> body = Fixtures.person(scheme.id(), Fixtures.freshPnc(), LocalDate.of(1985, 6, 1));
            String id = Fixtures.create(body);
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201);

            given().auth().oauth2(OFFICER).header("X-Request-Id", "lookup-" + id).header("X-Purpose", "stop and search")
                    .queryParam("pnc", body.get("pncId")).get("/api/v1/status").then().statusCode(200);
            // out of scope answers exactly as an unknown PNC id does: nobody can tell "known elsewhere" from "unknown"
            String elsewhere = TestTokens.user("sam.scoped").roles("officer").schemes("NOT-" + scheme.code()).token();
            String outOfScope = given().auth().oauth2(elsewhere).queryParam("pnc", body.get("pncId")).get("/api/v1/status")
                    .then().statusCode(200).extract().asString();
            assertEquals("{\"pncId\":\"" + body.get("pncId") + "\",\"ppo\":false}", outOfScope);
            String unknownPnc = Fixtures.freshPnc();
            String unknown = given().auth().oauth2(elsewhere).queryParam("pnc", unknownPnc).get("/api/v1/status")
                    .then().statusCode(200).extract().asString();
            assertEquals(outOfScope.replace((String) body.get("pncId"), unknownPnc), unknown);
            String noClaim = TestTokens.user("oscar.officer").roles("officer").noSchemes().token();
            given().auth().oauth2(noClaim).queryParam("pnc", body.get("pncId")).get("/api/v1/status")
                    .then().statusCode(200).body("ppo", equalTo(false)).body("strand", nullValue());

            given().auth().oauth2(AUDITOR).queryParam("personId", id).get("/api/v1/audit").then().statusCode(200)
                    .body("items.findAll { it.action == 'STATUS_LOOKUP' }", hasSize(1))
                    .body("items.find { it.action == 'STATUS_LOOKUP' }.user", equalTo("oscar.officer"))
                    .body("items.find { it.action == 'STATUS_LOOKUP' }.roles", equalTo("officer"))
                    .body("items.find { it.action == 'STATUS_LOOKUP' }.requestId", equalTo("lookup-" + id))
                    .body("items.find { it.action == 'STATUS_LOOKUP' }.purpose", equalTo("stop and search"))
                    .body("items.findAll { it.action == 'ACCESS_REFUSED' }", hasSize(2))
                    .body("items.find { it.action == 'ACCESS_REFUSED' }.user", equalTo("sam.scoped"));
        }

        @Test
        void aYoungPersonGoesOnPreventAndDeterWithAThreeMonthReviewButNotOnCatchAndConvict() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.youth(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("adults"));
            decide(id, decision("SELECT", "PREVENT_DETER", null, DECIDED)).statusCode(201);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                    .body("nextReviewDue", equalTo(DECIDED.plusMonths(3).toString()));
        }

        @Test
        void illegalTransitionsAre409AndChangeNothing() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("DESELECT", null, "MOVED_OUT_OF_AREA", DECIDED)).statusCode(409);
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201);
            decide(id, decision("DESELECT", null, "ASSET_BELOW_THRESHOLD", DECIDED)).statusCode(409)
                    .body("detail", containsString("does not apply"));
            decide(id, decision("DESELECT", null, null, DECIDED)).statusCode(400)
                    .body("violations[0].field", equalTo("reasonCode"));
            decide(id, decision("DESELECT", null, "MOVED_OUT_OF_AREA", LocalDate.now().plusDays(1))).statusCode(400)
                    .body("violations[0].field", equalTo("decidedOn"));
            decide(id, decision("MOVE", "REHABILITATE_RESETTLE", "WORKING", DECIDED.minusDays(1))).statusCode(409)
                    .body("violations[0].field", equalTo("decidedOn"));
            Map<String, Object> nullAgency = decision("DESELECT", null, "MOVED_OUT_OF_AREA", DECIDED);
            nullAgency.put("attendingAgencies", java.util.Arrays.asList("POLICE", null));
            decide(id, nullAgency).statusCode(400).body("violations[0].field", equalTo("attendingAgencies[1]"));
            Map<String, Object> unknownReason = decision("DESELECT", null, "BORED", DECIDED);
            decide(id, unknownReason).statusCode(400).body("violations[0].field", equalTo("reasonCode"));

            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                    .body("status", equalTo("ACTIVE")).body("strand", equalTo("CATCH_CONVICT"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", id).then()
                    .body("", hasSize(1));
        }

        @Test
        void amberThenRemovalIsKeptAsHistory() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201);
            decide(id, decision("AMBER", null, "CUSTODY_OVER_2_YEARS", DECIDED.plusDays(10))).statusCode(201)
                    .body("resultingStatus", equalTo("AMBER"));
            decide(id, decision("REMOVE", null, "CUSTODY_OVER_10_YEARS", DECIDED.plusDays(20))).statusCode(201)
                    .body("resultingStatus", equalTo("REMOVED"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", id).then()
                    .body("type", equalTo(List.of("SELECT", "AMBER", "REMOVE")))
                    .body("previousStatus", equalTo(List.of("CANDIDATE", "ACTIVE", "AMBER")));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                    .body("status", equalTo("REMOVED")).body("strand", equalTo(null)).body("nextReviewDue", equalTo(null));
        }

        @Test
        void twoCoordinatorsDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            decide(id, decision("SELECT", "CATCH_CONVICT", null, DECIDED)).statusCode(201);
            String other = TestTokens.user("colin.coordinator").roles("coordinator").token();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> both = new ArrayList<>();
                for (String token : List.of(COORDINATOR, other)) {
                    both.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(decision("DESELECT", null, "STOPPED_OR_REDUCED_OFFENDING", DECIDED.plusDays(5)))
                            .post("/api/v1/offenders/{id}/decisions", id).statusCode());
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(both)) {
                    codes.add(f.get());
                }
                codes.sort(Integer::compare);
                assertEquals(List.of(201, 409), codes);
            } finally {
                pool.shutdownNow();
            }
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}/decisions", id).then().body("", hasSize(2));
        }

        @Test
        void onlyCoordinatorsAndAdminsDecideAndAStaleIfMatchIs412() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            for (String token : new String[] {OFFICER, TestTokens.forRole("offender-manager"), TestTokens.forRole("partner-system")}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(decision("SELECT", "CATCH_CONVICT", null, DECIDED))
                        .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(403);
            }
            given().auth().oauth2(COORDINATOR).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                    .body(decision("SELECT", "CATCH_CONVICT", null, DECIDED))
                    .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(412);
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then().body("status", equalTo("CANDIDATE"));
        }
    }

    @Nested
    class ReviewsAndCohort {

        @Test
        void aReviewMovesTheNextReviewDateAndOnlyCurrentPpoAreReviewed() {
            var scheme = Fixtures.scheme();
            String id = Fixtures.adult(scheme.id());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("reviewedOn", LocalDate.now().toString(), "outcome", "CONTINUE"))
                    .post("/api/v1/offenders/{id}/reviews", id).then().statusCode(409);
            decide(id, decision("SELECT", "REHABILITATE_RESETTLE", null, DECIDED)).statusCode(201);
            LocalDate reviewed = DECIDED.plusMonths(1);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("reviewedOn", reviewed.toString(), "outcome", "CONTINUE", "notes", "Engaging with DIP"))
                    .post("/api/v1/offenders/{id}/reviews", id).then().statusCode(201)
                    .body("nextReviewDue", equalTo(reviewed.plusMonths(6).toString()));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("reviewedOn", LocalDate.now().plusDays(2).toString(), "outcome", "CONTINUE"))
                    .post("/api/v1/offenders/{id}/reviews", id).then().statusCode(400)
                    .body("violations[0].field", equalTo("reviewedOn"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/offenders/{id}", id).then()
                    .body("lastReviewedOn", equalTo(reviewed.toString()))
                    .body("nextReviewDue", equalTo(reviewed.plusMonths(6).toString()));
        }

        @Test
        void theCohortCountsStrandsAgainstTheSizeRulesAndListsOverdueReviews() {
            var scheme = Fixtures.scheme();
            LocalDate longAgo = LocalDate.now().minusMonths(8);
            String overdue = Fixtures.adult(scheme.id());
            decide(overdue, decision("SELECT", "CATCH_CONVICT", null, longAgo)).statusCode(201);
            String youth = Fixtures.youth(scheme.id());
            decide(youth, decision("SELECT", "PREVENT_DETER", null, DECIDED)).statusCode(201);
            Fixtures.adult(scheme.id());

            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}/cohort", scheme.id()).then().statusCode(200)
                    .body("counts.CATCH_CONVICT", equalTo(1))
                    .body("counts.PREVENT_DETER", equalTo(1))
                    .body("counts.REHABILITATE_RESETTLE", equalTo(0))
                    .body("members", hasSize(2))
                    .body("warnings", hasSize(2))
                    .body("byGender.MALE", equalTo(2))
                    .body("byEthnicity.WHITE", equalTo(2))
                    .body("members.find { it.id == '" + overdue + "' }.reviewOverdue", equalTo(true));

            given().auth().oauth2(COORDINATOR).queryParam("withinDays", 0)
                    .get("/api/v1/schemes/{s}/reviews", scheme.id()).then().statusCode(200)
                    .body("personId", equalTo(List.of(overdue)))
                    .body("[0].overdue", equalTo(true))
                    .body("[0].daysOverdue", equalTo((int) java.time.temporal.ChronoUnit.DAYS.between(longAgo.plusMonths(6), LocalDate.now())));

            String scoped = TestTokens.user("sam.scoped").roles("coordinator").schemes("ELSEWHERE").token();
            given().auth().oauth2(scoped).get("/api/v1/schemes/{s}/cohort", scheme.id()).then().statusCode(404);
            given().auth().oauth2(OFFICER).get("/api/v1/schemes/{s}/cohort", scheme.id()).then().statusCode(403);
        }

        @Test
        void schemesAreStillReadableBesideTheirCohortPaths() {
            var scheme = Fixtures.scheme();
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{s}", scheme.id()).then().statusCode(200)
                    .body("code", equalTo(scheme.code()));
        }
    }
}
