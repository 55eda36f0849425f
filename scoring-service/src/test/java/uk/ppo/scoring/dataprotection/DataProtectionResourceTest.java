package uk.ppo.scoring.dataprotection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ppo.common.testing.DataProtectionApiContract;
import uk.ppo.common.testing.Problems;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.scoring.support.OffenderScopes;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subject access and disposal of one person's scoring records, for offender-service's client alone. */
@QuarkusTest
class DataProtectionResourceTest extends DataProtectionApiContract {

    static final String COORDINATOR = TestTokens.user("cora.coordinator").roles("coordinator").agency("police").token();
    static final String YOS = TestTokens.user("yasmin.yos").roles("offender-manager").agency("yos").token();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final LocalDate LONG_AGO = TODAY.minusDays(400);
    static final ObjectMapper JSON = new ObjectMapper();

    UUID a;
    UUID b;
    String runId;

    /** Two people scored by a real run, each with ASSET assessments, A's latest score read, and A with a staged score. */
    @BeforeEach
    void twoPeopleWithScoresAndAssessments() throws Exception {
        a = UUID.randomUUID();
        b = UUID.randomUUID();
        UUID schemeId = UUID.randomUUID();
        String code = "D" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8);
        OffenderScopes.scheme(schemeId, code);
        OffenderScopes.personIn(a, code);
        OffenderScopes.personIn(b, code);
        OffenderScopes.offender().register(get(urlPathEqualTo("/api/v1/schemes/" + schemeId + "/scoring-inputs"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("schemeId", schemeId.toString(), "schemeCode", code,
                        "asOf", TODAY.toString(), "page", 0, "size", 500, "total", 2, "people", List.of(candidate(a), candidate(b)))))));
        runId = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeId", schemeId.toString(), "asOf", TODAY.toString()))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
        assertEquals("COMPLETED", awaitFinished(runId).getString("status"));
        for (UUID person : List.of(a, b)) {
            assess(person, 18, LONG_AGO);
            assess(person, 30, TODAY.minusDays(10));
        }
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", a).then().statusCode(200);
        sql("INSERT INTO score_staging SELECT * FROM score WHERE person_id = ?", a);
    }

    @Nested
    class Records {

        @Test
        void listEveryRecordOfThePersonWithEveryFieldAndNoneOfAnother() {
            JsonPath section = section(a, null, null);
            assertEquals("scoring-service", section.getString("service"));
            assertEquals(a.toString(), section.getString("personId"));
            assertTrue(section.getString("generatedAt") != null);
            List<String> kinds = section.getList("records.kind");
            assertEquals(1, kinds.stream().filter("score"::equals).count(), kinds.toString());
            assertEquals(1, kinds.stream().filter("staged-score"::equals).count(), kinds.toString());
            assertEquals(2, kinds.stream().filter("asset-assessment"::equals).count(), kinds.toString());
            assertTrue(kinds.contains("proposal-entry"), kinds.toString());
            assertEquals(List.of(a.toString()), section.getList("records.content.personId").stream().distinct().toList());

            Map<String, Object> score = section.getMap("records.find { it.kind == 'score' }");
            assertEquals("scoring-service", score.get("source"));
            assertTrue(score.containsKey("updatedAt") && score.get("updatedAt") == null, score.toString());
            Map<String, Object> content = section.getMap("records.find { it.kind == 'score' }.content");
            assertEquals(score.get("id"), content.get("id"));
            assertEquals(runId, content.get("runId"));
            assertEquals(TODAY.toString(), content.get("asOf"));
            assertTrue(content.get("inputs") instanceof Map<?, ?>, "the inputs as JSON, not a string: " + content.get("inputs"));
            assertTrue(content.get("lines") instanceof List<?>, content.toString());
            for (String field : List.of("total", "matrixVersionNumber", "excluded", "provisional", "changeReason", "scoredAt", "schemeId")) {
                assertTrue(content.containsKey(field), field + " missing from " + content.keySet());
            }

            Map<String, Object> assessment = section.getMap("records.find { it.kind == 'asset-assessment' && it.content.score == 30 }");
            assertEquals("yasmin.yos", assessment.get("source"));
            assertEquals(Map.of("score", 30, "rosh", false, "assessedOn", TODAY.minusDays(10).toString(), "assessorAgency", "YOS",
                    "recordedBy", "yasmin.yos"), subset((Map<String, Object>) assessment.get("content"),
                    "score", "rosh", "assessedOn", "assessorAgency", "recordedBy"));
            Map<String, Object> entry = section.getMap("records.find { it.kind == 'proposal-entry' }.content");
            assertEquals("2019/0000001K", entry.get("pncId"));
            assertEquals(TODAY.toString(), entry.get("runAsOf"));

            String bSection = section(b, null, null).prettify();
            for (Object id : section.getList("records.id")) {
                assertTrue(!bSection.contains((String) id), "B's section names A's record " + id);
            }
        }

        @Test
        void includeTheDisclosuresOfThePersonFromTheAuditTrailAndAreAuditedThemselves() {
            section(a, null, null);
            JsonPath section = section(a, null, null);
            List<String> actions = section.getList("disclosures.action");
            assertTrue(actions.containsAll(List.of("SCORE_RUN", "ASSESSMENT_RECORD", "SCORE_READ", "SUBJECT_ACCESS")), actions.toString());
            Map<String, Object> read = section.getMap("disclosures.find { it.action == 'SCORE_READ' }");
            assertEquals("cora.coordinator", read.get("username"));
            assertEquals("ppo-cli", read.get("client"));
            assertEquals("police", read.get("agency"));
            assertEquals("coordinator", read.get("roles"));
            assertTrue(read.get("at") != null && read.containsKey("requestId") && read.containsKey("purpose") && read.containsKey("detail"));
            Map<String, Object> access = section.getMap("disclosures.find { it.action == 'SUBJECT_ACCESS' }");
            assertEquals("offender-service", access.get("client"));
            assertEquals("service-account-offender-service", access.get("username"));
        }

        @Test
        void areFilteredByTheirDateWithinFromAndToInclusive() {
            JsonPath recent = section(a, TODAY.minusDays(10).toString(), null);
            assertEquals(List.of(30), recent.getList("records.findAll { it.kind == 'asset-assessment' }.content.score"));
            assertTrue(recent.getList("records.kind").contains("score"));
            assertTrue(!recent.getList("disclosures").isEmpty());

            JsonPath old = section(a, null, LONG_AGO.toString());
            assertEquals(List.of("asset-assessment"), old.getList("records.kind"));
            assertEquals(List.of(18), old.getList("records.content.score"));
            assertEquals(List.of(), old.getList("disclosures"), "every disclosure was made today");

            JsonPath between = section(a, LONG_AGO.plusDays(1).toString(), TODAY.minusDays(11).toString());
            assertEquals(List.of(), between.getList("records"));
        }

        @Test
        void ofAPersonTheServiceHoldsNothingAboutAreEmpty() {
            UUID stranger = UUID.randomUUID();
            given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, stranger).then().statusCode(200)
                    .contentType(ContentType.JSON).body("personId", is(stranger.toString()))
                    .body("records", empty()).body("disclosures", empty());
        }

        @Test
        void badIdsAndDatesAreNamed400Problems() {
            given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, "not-a-uuid").then().spec(Problems.problem(400))
                    .body("violations[0].field", is("personId"));
            given().auth().oauth2(OFFENDER_SERVICE).queryParam("from", "yesterday").get(RECORDS, a).then().spec(Problems.problem(400))
                    .body("violations[0].field", is("from"));
            given().auth().oauth2(OFFENDER_SERVICE).queryParam("from", TODAY.toString()).queryParam("to", TODAY.minusDays(1).toString())
                    .get(RECORDS, a).then().spec(Problems.problem(400)).body("violations[0].field", is("from"));
            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, "12345").then().spec(Problems.problem(400))
                    .body("violations[0].field", is("personId"));
        }
    }

    @Nested
    class Disposal {

        @Test
        void deletesEveryRecordOfThePersonOnlyKeepsTheAuditTrailAndTheRunsCountsAndIsIdempotent() {
            JsonPath before = section(a, null, null);
            int entries = (int) before.getList("records.kind").stream().filter("proposal-entry"::equals).count();
            int bRecords = section(b, null, null).getList("records").size();

            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, a).then().statusCode(200).contentType(ContentType.JSON)
                    .body("service", is("scoring-service")).body("personId", is(a.toString()))
                    .body("disposed", is(Map.of("score", 1, "staged-score", 1, "asset-assessment", 2, "proposal-entry", entries)));

            JsonPath after = section(a, null, null);
            assertEquals(List.of(), after.getList("records"));
            assertTrue(after.getList("disclosures.action").containsAll(List.of("SCORE_READ", "ASSESSMENT_RECORD", "DISPOSAL")));
            Map<String, Object> disposal = after.getMap("disclosures.find { it.action == 'DISPOSAL' }");
            assertEquals("score=1 staged-score=1 asset-assessment=2 proposal-entry=" + entries, disposal.get("detail"));
            given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("personId", a.toString()).get("/api/v1/scoring/audit")
                    .then().statusCode(200).body("items.action", hasItems("SCORE_RUN", "SCORE_READ", "SUBJECT_ACCESS", "DISPOSAL"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", a).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/asset-assessments", a).then().statusCode(200).body("", empty());

            assertEquals(bRecords, section(b, null, null).getList("records").size(), "B's records are untouched");
            given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", b).then().statusCode(200);
            given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200)
                    .body("scored", is(2)).body("totalPeople", is(2)).body("cohortTotal", notNullValue());

            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, a).then().statusCode(200)
                    .body("disposed", is(Map.of("score", 0, "staged-score", 0, "asset-assessment", 0, "proposal-entry", 0)));
        }
    }

    @Nested
    class Security {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "data-protection-officer", "coordinator", "offender-manager", "auditor", "analyst",
                "officer", "partner-system", "scope-lookup", "scoring-feed"})
        void everyOtherRoleIs403AndNothingIsReadOrDeleted(String role) {
            String token = TestTokens.user("someone." + role).roles(role).token();
            given().auth().oauth2(token).get(RECORDS, a).then().spec(Problems.problem(403));
            given().auth().oauth2(token).delete(PERSON, a).then().spec(Problems.problem(403));
            List<String> kinds = section(a, null, null).getList("records.kind");
            assertEquals(4, kinds.stream().filter(k -> !k.equals("proposal-entry")).count(),
                    "A's score, staged score and two assessments are all still there: " + kinds);
        }

        @Test
        void withoutATokenIs401() {
            given().get(RECORDS, a).then().statusCode(401);
            given().delete(PERSON, a).then().statusCode(401);
            given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, a).then().statusCode(200).body("records", not(empty()))
                    .body("records.content.personId", everyItem(is(a.toString()))).body("records[0].recordedAt", notNullValue())
                    .body("records.kind", hasItem("score")).body("records[0].updatedAt", nullValue());
        }
    }

    @Test
    void aPersonDisposedOfWhileARunWorksIsLeftOutOfItsScoresAndProposal() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID schemeId = UUID.randomUUID();
        String code = "R" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8);
        OffenderScopes.scheme(schemeId, code);
        OffenderScopes.personIn(kept, code);
        OffenderScopes.personIn(gone, code);
        // offender-service is slow to send the inputs: the disposal comes while the run waits for them
        OffenderScopes.offender().register(get(urlPathEqualTo("/api/v1/schemes/" + schemeId + "/scoring-inputs"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("schemeId", schemeId.toString(), "schemeCode", code,
                        "asOf", TODAY.toString(), "page", 0, "size", 500, "total", 2, "people", List.of(candidate(kept), candidate(gone)))))
                        .withFixedDelay(2_000)));
        String run = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeId", schemeId.toString(), "asOf", TODAY.toString()))
                .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
        Thread.sleep(500);
        given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, gone).then().statusCode(200);
        assertEquals("COMPLETED", awaitFinished(run).getString("status"));

        given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, gone).then().statusCode(200).body("records", empty());
        given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, kept).then().statusCode(200).body("records.kind", hasItem("score"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}/proposal", run).then().statusCode(200)
                .body(containsString(kept.toString())).body(not(containsString(gone.toString())));
    }

    @Test
    void theApiDocumentDescribesARefusedDisposalAsAProblem() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/data-protection/people/{personId}'.delete.responses.'403'.content.'application/problem+json'.schema.$ref",
                        is("#/components/schemas/Problem"));
    }

    static Map<String, Object> candidate(UUID id) {
        Map<String, Object> p = new HashMap<>();
        p.put("personId", id.toString());
        p.put("pncId", "2019/0000001K");
        p.put("dateOfBirth", "1990-04-12");
        p.put("gender", "MALE");
        p.put("status", "CANDIDATE");
        p.put("strand", null);
        p.put("pendingStrands", List.of("CATCH_CONVICT"));
        p.put("pncMarker", true);
        p.put("oasysHigh", false);
        p.put("offences", List.of(Map.of("category", "BURGLARY_DWELLING", "status", "CONVICTED",
                "offenceDate", TODAY.minusDays(10).toString(), "victimTypes", List.of())));
        p.put("intelligenceDates", List.of());
        return p;
    }

    static void assess(UUID person, int score, LocalDate on) {
        given().auth().oauth2(YOS).contentType(ContentType.JSON)
                .body(Map.of("score", score, "rosh", false, "assessedOn", on.toString(), "assessorAgency", "YOS"))
                .post("/api/v1/scoring/people/{id}/asset-assessments", person).then().statusCode(201);
    }

    static JsonPath awaitFinished(String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath run = given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().jsonPath();
            if (List.of("COMPLETED", "FAILED").contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish within 60 s");
    }

    static Map<String, Object> subset(Map<String, Object> map, String... keys) {
        Map<String, Object> subset = new HashMap<>();
        for (String key : keys) {
            subset.put(key, map.get(key));
        }
        return subset;
    }

    static void sql(String statement, UUID person) {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        try (var c = ds.getConnection(); var s = c.prepareStatement(statement)) {
            s.setObject(1, person);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
