package uk.ppo.scoring.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.ppo.common.testing.TestTokens;
import uk.ppo.scoring.support.OffenderScopes;
import uk.ppo.scoring.support.OffenderServiceStub;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Score runs against offender-service stubbed with WireMock: scores, proposal, submit, history and
 * trend; then retries, failures that store nothing, and the circuit breaker (ordered last, since the
 * breaker is shared by the whole test JVM).
 */
@QuarkusTest
@QuarkusTestResource(OffenderServiceStub.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunResourceTest {

    static final String COORDINATOR = TestTokens.user("cora.coordinator").roles("coordinator").agency("police").token();
    static final String MANAGER = TestTokens.user("maya.manager").roles("offender-manager").agency("probation").token();
    static final String AUDITOR = TestTokens.forRole("auditor");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();
    static WireMock offender;

    @BeforeAll
    static void connect() {
        offender = new WireMock("localhost", ConfigProvider.getConfig().getValue("ppo.test.offender-stub.port", Integer.class));
    }

    record Scheme(UUID id, String code) {
    }

    static Scheme scheme() {
        Scheme s = new Scheme(UUID.randomUUID(), "T" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8));
        OffenderScopes.scheme(s.id(), s.code());
        return s;
    }

    static Map<String, Object> person(UUID id, LocalDate born, String status, String strand, List<String> pending,
                                      List<Map<String, Object>> offences, List<LocalDate> intelligence) {
        Map<String, Object> p = new HashMap<>();
        p.put("personId", id.toString());
        p.put("pncId", "2019/0000001K");
        p.put("dateOfBirth", born.toString());
        p.put("gender", "MALE");
        p.put("status", status);
        p.put("strand", strand);
        p.put("pendingStrands", pending);
        p.put("pncMarker", true);
        p.put("oasysHigh", false);
        p.put("offences", offences);
        p.put("intelligenceDates", intelligence.stream().map(LocalDate::toString).toList());
        return p;
    }

    static Map<String, Object> offence(String category, int daysAgo, String... victims) {
        return Map.of("category", category, "status", "CONVICTED", "offenceDate", TODAY.minusDays(daysAgo).toString(),
                "victimTypes", List.of(victims));
    }

    static void feed(Scheme s, int page, long total, List<Map<String, Object>> people) {
        people.forEach(p -> OffenderScopes.personIn(UUID.fromString((String) p.get("personId")), s.code()));
        offender.register(get(urlPathEqualTo("/api/v1/schemes/" + s.id() + "/scoring-inputs"))
                .withQueryParam("page", equalTo(Integer.toString(page)))
                .willReturn(okJson(json(Map.of("schemeId", s.id().toString(), "schemeCode", s.code(), "asOf", TODAY.toString(),
                        "page", page, "size", 500, "total", total, "people", people)))));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String start(Scheme s) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeId", s.id().toString(), "asOf", TODAY.toString()))
                .when().post("/api/v1/scoring/runs")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/scoring/runs/"))
                .body("status", is("QUEUED"))
                .body("schemeCode", is(s.code()))
                .body("matrixVersion", is(1))
                .extract().path("id");
    }

    static JsonPath awaitFinished(String runId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath run = given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId)
                    .then().statusCode(200).extract().jsonPath();
            String status = run.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("run " + runId + " did not finish within 60 s");
    }

    // --- the happy path -------------------------------------------------------------------------

    static final UUID NOMINEE = UUID.randomUUID();
    static final UUID MEMBER = UUID.randomUUID();
    static final UUID YOUTH = UUID.randomUUID();
    static final UUID UNASSESSED = UUID.randomUUID();
    static final UUID AGED_OUT = UUID.randomUUID();
    static Scheme hastings;
    static String firstRun;

    static List<Map<String, Object>> cohort(boolean robberyToo) {
        List<Map<String, Object>> nomineeOffences = new ArrayList<>(List.of(
                offence("BURGLARY_DWELLING", 10, "ELDERLY"), offence("BURGLARY_DWELLING", 20)));
        if (robberyToo) {
            nomineeOffences.add(offence("ROBBERY", 1));
        }
        return List.of(
                person(NOMINEE, LocalDate.of(1990, 4, 12), "CANDIDATE", null, List.of("CATCH_CONVICT"), nomineeOffences, List.of(TODAY.minusDays(5))),
                person(MEMBER, LocalDate.of(1985, 1, 2), "ACTIVE", "CATCH_CONVICT", List.of(), List.of(offence("ASSAULT", 30)), List.of()),
                person(YOUTH, TODAY.minusYears(15).minusDays(40), "ACTIVE", "PREVENT_DETER", List.of(), List.of(), List.of()),
                person(UNASSESSED, TODAY.minusYears(14).minusDays(3), "CANDIDATE", null, List.of("PREVENT_DETER"),
                        List.of(offence("SHOPLIFTING", 3)), List.of()),
                person(AGED_OUT, TODAY.minusYears(18).minusDays(30), "ACTIVE", "PREVENT_DETER", List.of(), List.of(), List.of()));
    }

    @Test
    @Order(1)
    void aRunScoresMembersAndNomineesAndProposesEachStrandByItsRules() {
        hastings = scheme();
        OffenderScopes.personIn(YOUTH, hastings.code());
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("score", 30, "rosh", false, "assessedOn", TODAY.minusDays(20).toString(), "assessorAgency", "YOS"))
                .post("/api/v1/scoring/people/{id}/asset-assessments", YOUTH).then().statusCode(201)
                .body("preventAndDeterEligible", is(true)).body("band", is("MEDIUM"));
        feed(hastings, 0, 5, cohort(false));

        firstRun = start(hastings);
        JsonPath run = awaitFinished(firstRun);
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        assertEquals(5, run.getInt("scored"));
        assertEquals(5, run.getInt("totalPeople"));
        assertEquals(8, run.getInt("cohortTotal"), "the C&C member's assault (3) and serious impact (5)");
        assertEquals(30, run.getInt("pndAssetTotal"));
        assertEquals("PROPOSED", run.getString("proposalStatus"));

        offender.verifyThat(getRequestedFor(urlPathEqualTo("/api/v1/schemes/" + hastings.id() + "/scoring-inputs"))
                .withHeader("Authorization", equalTo("Bearer " + OffenderServiceStub.SERVICE_TOKEN))
                .withQueryParam("asOf", equalTo(TODAY.toString()))
                .withQueryParam("from", equalTo(TODAY.minusMonths(24).toString())));

        JsonPath proposal = given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}/proposal", firstRun)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(NOMINEE.toString(), MEMBER.toString(), AGED_OUT.toString()), proposal.getList("strands.CATCH_CONVICT.personId"));
        assertEquals(List.of("JOIN", "STAY", "JOIN"), proposal.getList("strands.CATCH_CONVICT.action"));
        assertEquals(List.of(24, 8, 1), proposal.getList("strands.CATCH_CONVICT.rankingScore"));
        assertEquals(List.of(true, false, false), proposal.getList("strands.CATCH_CONVICT.pendingNominee"));
        assertEquals(List.of(YOUTH.toString(), UNASSESSED.toString(), AGED_OUT.toString()), proposal.getList("strands.PREVENT_DETER.personId"));
        assertEquals(List.of("STAY", "NOT_SELECTED", "LEAVE"), proposal.getList("strands.PREVENT_DETER.action"));
        assertEquals(List.of(false, true, false), proposal.getList("strands.PREVENT_DETER.provisional"));
        List<String> warnings = proposal.getList("warnings");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("below the minimum of 12")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("below the minimum of 20")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("1 young people have no ASSET assessment")), warnings.toString());
    }

    @Test
    @Order(2)
    void theLatestScoreIsExplainedLineByLineAndItsReadIsAudited() {
        given().auth().oauth2(MANAGER).get("/api/v1/scoring/people/{id}/scores/latest", NOMINEE)
                .then().statusCode(200)
                .body("personId", is(NOMINEE.toString()))
                .body("total", is(24))
                .body("matrixVersion", is(1))
                .body("runId", is(firstRun))
                .body("provisional", is(false))
                .body("lines.rule", is(List.of("BURGLARY_DWELLING", "VICTIM_ELDERLY", "INTELLIGENCE_0_TO_28_DAYS",
                        "SERIAL_OFFENDER_2_TO_6_OFFENCES", "IMPACT_MODERATE")))
                .body("lines.subtotal", is(List.of(8, 5, 5, 3, 3)))
                .body("lines[0].count", is(2))
                .body("excluded", hasSize(0))
                .body("scoredAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(MANAGER).get("/api/v1/scoring/people/{id}/scores/latest", UNASSESSED)
                .then().statusCode(200).body("provisional", is(true)).body("total", is(9));
        given().auth().oauth2(MANAGER).get("/api/v1/scoring/people/{id}/scores/latest", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(AUDITOR).queryParam("personId", NOMINEE.toString()).get("/api/v1/scoring/audit")
                .then().statusCode(200)
                .body("items.action", hasItems("SCORE_RUN", "SCORE_READ"))
                .body("items.user", hasItems("cora.coordinator", "maya.manager"));
    }

    @Test
    @Order(3)
    void scoresAreVisibleOnlyInTheCallersSchemesAndNotToOfficers() {
        String elsewhere = TestTokens.user("sam.scoped").roles("coordinator").schemes("ELSEWHERE").token();
        given().auth().oauth2(elsewhere).get("/api/v1/scoring/people/{id}/scores/latest", NOMINEE).then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/api/v1/scoring/runs/{id}", firstRun).then().statusCode(404);
        String local = TestTokens.user("sam.scoped").roles("coordinator").schemes(hastings.code()).token();
        given().auth().oauth2(local).get("/api/v1/scoring/people/{id}/scores/latest", NOMINEE).then().statusCode(200);
        for (String role : new String[] {"officer", "analyst", "partner-system", "auditor"}) {
            given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/scoring/people/{id}/scores/latest", NOMINEE)
                    .then().statusCode(403);
        }
        given().get("/api/v1/scoring/people/{id}/scores", NOMINEE).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("offender-manager")).contentType(ContentType.JSON)
                .body(Map.of("schemeId", hastings.id().toString())).post("/api/v1/scoring/runs").then().statusCode(403);
    }

    @Test
    @Order(4)
    void aSecondRunRecordsWhyAScoreChangedAndTheCohortTrend() {
        feed(hastings, 0, 5, cohort(true));
        JsonPath run = awaitFinished(start(hastings));
        assertEquals("COMPLETED", run.getString("status"));

        JsonPath history = given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores", NOMINEE)
                .then().statusCode(200).body("", hasSize(2)).extract().jsonPath();
        assertEquals(List.of(31, 24), history.getList("total"));
        String reason = history.getString("[0].reason");
        assertTrue(reason.startsWith("Rose from 24 to 31"), reason);
        assertTrue(reason.contains("ROBBERY +5") && reason.contains("IMPACT_SERIOUS +5") && reason.contains("IMPACT_MODERATE -3"), reason);
        assertTrue(history.getString("[1].reason").startsWith("First score: 24"), history.getString("[1].reason"));
        String scoreId = history.getString("[0].scoreId");
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/scores/{id}", scoreId).then().statusCode(200)
                .body("inputs.offences", hasSize(3))
                .body("inputs.pendingStrands", is(List.of("CATCH_CONVICT")))
                .body("lines.rule", hasItem("ROBBERY"));

        given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/scoring/schemes/{id}/trends", hastings.id())
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("cohortTotal", is(List.of(8, 8)))
                .body("[1].cohortTotalChange", is(0))
                .body("pndAssetTotal", is(List.of(30, 30)));
    }

    @Test
    @Order(5)
    void submittingTheProposalNominatesEveryJoinWithoutAPendingNominationAsTheCoordinator() {
        UUID nominationId = UUID.randomUUID();
        offender.register(post(urlEqualTo("/api/v1/offenders/" + AGED_OUT + "/nominations"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + nominationId + "\",\"personId\":\"" + AGED_OUT + "\",\"status\":\"PENDING\"}")));

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/scoring/runs/{id}/proposal/submission", firstRun)
                .then().statusCode(200)
                .body("nominated", is(1))
                .body("alreadyPending", is(0))
                .body("run.proposalStatus", is("SUBMITTED"))
                .body("run.submittedBy", is("cora.coordinator"));

        offender.verifyThat(1, postRequestedFor(urlEqualTo("/api/v1/offenders/" + AGED_OUT + "/nominations"))
                .withHeader("Authorization", equalTo("Bearer " + COORDINATOR))
                .withRequestBody(matchingJsonPath("$.strand", equalTo("CATCH_CONVICT")))
                .withRequestBody(matchingJsonPath("$.agency", equalTo("POLICE")))
                .withRequestBody(matchingJsonPath("$.listedFor", equalTo("PROLIFIC")))
                .withRequestBody(matchingJsonPath("$.reason", WireMock.containing("rank 3 for CATCH_CONVICT"))));
        offender.verifyThat(0, postRequestedFor(urlEqualTo("/api/v1/offenders/" + NOMINEE + "/nominations")));

        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}/proposal", firstRun).then()
                .body("strands.CATCH_CONVICT.find { it.personId == '" + AGED_OUT + "' }.nominationId", is(nominationId.toString()));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/scoring/runs/{id}/proposal/submission", firstRun)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(6)
    void badRunRequestsAreNamedProblemsAndStartNothing() {
        Scheme s = scheme();
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeId", s.id().toString(), "asOf", TODAY.plusDays(1).toString()))
                .post("/api/v1/scoring/runs").then().statusCode(400).body("violations[0].field", is("asOf"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeId", s.id().toString(), "ccSize", 0))
                .post("/api/v1/scoring/runs").then().statusCode(400).body("violations[0].field", is("ccSize"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body("{\"schemeId\": \"not-a-uuid\"}")
                .post("/api/v1/scoring/runs").then().statusCode(400).body("violations[0].field", is("schemeId"));
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("schemeId", unknown.toString()))
                .post("/api/v1/scoring/runs").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(COORDINATOR).queryParam("schemeId", s.id().toString()).get("/api/v1/scoring/runs")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @Order(7)
    void trendsReportEachRunAgainstTheSchemesBaselineAndItsSixMonthlyTarget() {
        String path = "/api/v1/scoring/schemes/{id}/baseline";
        LocalDate takenOn = TODAY.minusMonths(3);
        given().auth().oauth2(COORDINATOR).get(path, hastings.id()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("cohortTotal", 788, "pndAssetTotal", 443, "takenOn", takenOn.toString(), "reductionTargetPercent", 10))
                .put(path, hastings.id()).then().statusCode(200)
                .body("schemeCode", is(hastings.code()))
                .body("cohortTotal", is(788))
                .body("pndAssetTotal", is(443))
                .body("reductionTargetPercent", is(10.0f))
                .body("recordedBy", is("cora.coordinator"));

        // both runs (as of today) fall in the first six months after the baseline: target 788 x 0.9 = 709.2
        given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/scoring/schemes/{id}/trends", hastings.id())
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("cohortTotal", is(List.of(8, 8)))
                .body("cohortTotalSinceBaseline", is(List.of(-780, -780)))
                .body("[1].cohortTotalSinceBaselinePercent", is(-99.0f))
                .body("[1].pndAssetTotalSinceBaseline", is(30 - 443))
                .body("[1].pndAssetTotalSinceBaselinePercent", is(-93.2f))
                .body("[1].targetPeriod", is(1))
                .body("[1].targetPeriodEnds", is(takenOn.plusMonths(6).toString()))
                .body("[1].cohortTotalTarget", is(709.2f))
                .body("targetMet", is(List.of(true, true)));

        // replaced: a baseline of 5 seven months ago; the second period's target is 5 x 0.9^2 = 4.05 -> 4.1, and 8 misses it
        LocalDate earlier = TODAY.minusMonths(7);
        given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                .body(Map.of("cohortTotal", 5, "pndAssetTotal", 30, "takenOn", earlier.toString(), "reductionTargetPercent", 10))
                .put(path, hastings.id()).then().statusCode(200).body("cohortTotal", is(5));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/schemes/{id}/trends", hastings.id())
                .then().statusCode(200)
                .body("[1].cohortTotalSinceBaseline", is(3))
                .body("[1].cohortTotalSinceBaselinePercent", is(60.0f))
                .body("[1].pndAssetTotalSinceBaseline", is(0))
                .body("[1].pndAssetTotalSinceBaselinePercent", is(0.0f))
                .body("[1].targetPeriod", is(2))
                .body("[1].targetPeriodEnds", is(earlier.plusMonths(12).toString()))
                .body("[1].cohortTotalTarget", is(4.1f))
                .body("[1].targetMet", is(false));
    }

    @Test
    @Order(8)
    void badBaselinesAreNamedProblemsAndChangeNothing() {
        String path = "/api/v1/scoring/schemes/{id}/baseline";
        Map<String, Object> good = Map.of("cohortTotal", 788, "pndAssetTotal", 443, "takenOn", TODAY.toString(), "reductionTargetPercent", 10);
        Map<String, Object[]> bad = new java.util.LinkedHashMap<>();
        bad.put("cohortTotal", new Object[] {-1, "cohortTotal"});
        bad.put("pndAssetTotal", new Object[] {-443, "pndAssetTotal"});
        bad.put("takenOn", new Object[] {TODAY.plusDays(1).toString(), "takenOn"});
        bad.put("reductionTargetPercent", new Object[] {100.5, "reductionTargetPercent"});
        for (Map.Entry<String, Object[]> e : bad.entrySet()) {
            Map<String, Object> body = new HashMap<>(good);
            body.put(e.getKey(), e.getValue()[0]);
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).put(path, hastings.id())
                    .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is(e.getValue()[1]));
        }
        Map<String, Object> negativeTarget = new HashMap<>(good);
        negativeTarget.put("reductionTargetPercent", -5);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(negativeTarget).put(path, hastings.id())
                .then().statusCode(400).body("violations[0].field", is("reductionTargetPercent"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(good).put(path, "not-a-scheme")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("schemeId"));
        given().auth().oauth2(COORDINATOR).get(path, "6f1c2a52").then().statusCode(400).body("violations[0].field", is("schemeId"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body("{\"cohortTotal\": \"many\"}").put(path, hastings.id())
                .then().statusCode(400).contentType("application/problem+json");
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(good).put(path, unknown).then().statusCode(404);

        // roles: only coordinators and admins record; analysts read; no token at all is 401
        given().contentType(ContentType.JSON).body(good).put(path, hastings.id()).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("analyst")).contentType(ContentType.JSON).body(good).put(path, hastings.id())
                .then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(good).put(path, hastings.id()).then().statusCode(403);
        given().auth().oauth2(MANAGER).get(path, hastings.id()).then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/api/v1/scoring/schemes/{id}/trends", hastings.id()).then().statusCode(403);

        // nothing above changed the baseline recorded before
        given().auth().oauth2(TestTokens.forRole("analyst")).get(path, hastings.id()).then().statusCode(200)
                .body("cohortTotal", is(5))
                .body("takenOn", is(TODAY.minusMonths(7).toString()));
    }

    @Test
    @Order(9)
    void theSampleDataGivesHastingsTheDomainBaseline() throws Exception {
        String script;
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/sample-data.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        javax.sql.DataSource ds = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        for (int i = 0; i < 2; i++) {      // idempotent: every start of the local run loads it again
            try (var c = ds.getConnection(); var st = c.createStatement()) {
                st.execute(script);
            }
        }
        OffenderScopes.scheme(UUID.fromString("6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001"), "HASTINGS");
        given().auth().oauth2(TestTokens.forRole("admin")).get("/api/v1/scoring/schemes/{id}/baseline", "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001")
                .then().statusCode(200)
                .body("schemeCode", is("HASTINGS"))
                .body("cohortTotal", is(788))
                .body("pndAssetTotal", is(443));
    }

    static int staged(String runId) {
        javax.sql.DataSource ds = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        try (var c = ds.getConnection(); var q = c.prepareStatement("SELECT count(*) FROM score_staging WHERE run_id = ?")) {
            q.setObject(1, UUID.fromString(runId));
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A scheme of two: {@code first} on the feed's first page, {@code second} on a second page answered after {@code delayMillis}. */
    static Scheme slowScheme(UUID first, UUID second, int delayMillis) {
        Scheme s = scheme();
        OffenderScopes.personIn(second, s.code());
        feed(s, 0, 2, List.of(person(first, LocalDate.of(1980, 1, 1), "ACTIVE", "CATCH_CONVICT", List.of(),
                List.of(offence("ROBBERY", 2)), List.of())));
        offender.register(get(urlPathEqualTo("/api/v1/schemes/" + s.id() + "/scoring-inputs")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(json(Map.of("schemeId", s.id().toString(), "schemeCode", s.code(), "asOf", TODAY.toString(),
                        "page", 1, "size", 500, "total", 2, "people", List.of(person(second, LocalDate.of(1985, 1, 1), "ACTIVE",
                                "CATCH_CONVICT", List.of(), List.of(offence("ASSAULT", 3)), List.of())))))
                        .withFixedDelay(delayMillis)));
        return s;
    }

    @Test
    @Order(9)
    void aRunStagesEachPageOutOfSightAndMakesAllItsScoresVisibleTogetherWhenItCompletes() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // the second page is slow: meanwhile the first page is scored and staged, but nobody can see it
        Scheme s = slowScheme(first, second, 4000);
        String runId = start(s);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId).then().extract().jsonPath().getInt("scored") < 1
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}", runId).then().body("status", is("RUNNING")).body("scored", is(1));
        assertEquals(1, staged(runId));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", first).then().statusCode(404);

        JsonPath run = awaitFinished(runId);
        assertEquals("COMPLETED", run.getString("status"));
        assertEquals(2, run.getInt("scored"));
        assertEquals(0, staged(runId));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", first).then().statusCode(200)
                .body("runId", is(runId)).body("lines.rule", hasItem("ROBBERY"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", second).then().statusCode(200)
                .body("runId", is(runId));
    }

    // --- offender-service misbehaving (these can open the shared circuit breaker: keep them last) ---

    @Test
    @Order(10)
    void aBriefOutageIsRetriedAndTheRunCompletes() {
        Scheme s = scheme();
        UUID person = OffenderScopes.personIn(UUID.randomUUID(), s.code());
        String path = "/api/v1/schemes/" + s.id() + "/scoring-inputs";
        offender.register(get(urlPathEqualTo(path)).inScenario("blip").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        offender.register(get(urlPathEqualTo(path)).inScenario("blip").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        offender.register(get(urlPathEqualTo(path)).inScenario("blip").whenScenarioStateIs("up")
                .willReturn(okJson(json(Map.of("schemeId", s.id().toString(), "schemeCode", s.code(), "page", 0, "size", 500, "total", 1,
                        "people", List.of(person(person, LocalDate.of(1980, 1, 1), "ACTIVE", "CATCH_CONVICT", List.of(),
                                List.of(offence("ROBBERY", 2)), List.of())))))));
        JsonPath run = awaitFinished(start(s));
        assertEquals("COMPLETED", run.getString("status"), run.prettify());
        offender.verifyThat(3, getRequestedFor(urlPathEqualTo(path)));
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", person).then().statusCode(200).body("total", is(10));
    }

    @Test
    @Order(11)
    void anOutageDuringTheSecondPageFailsTheRunAndStoresNothing() {
        Scheme s = scheme();
        UUID first = UUID.randomUUID();
        feed(s, 0, 501, List.of(person(first, LocalDate.of(1980, 1, 1), "ACTIVE", "CATCH_CONVICT", List.of(),
                List.of(offence("ROBBERY", 2)), List.of())));
        offender.register(get(urlPathEqualTo("/api/v1/schemes/" + s.id() + "/scoring-inputs")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(500)));
        String runId = start(s);
        JsonPath run = awaitFinished(runId);
        assertEquals("FAILED", run.getString("status"));
        assertTrue(run.getString("failure").contains("offender-service"), run.getString("failure"));
        assertTrue(run.getString("failure").contains("Nothing was stored"), run.getString("failure"));
        assertEquals(0, run.getInt("scored"));
        assertEquals(0, staged(runId), "the first page was staged, and deleted when the run failed");
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/people/{id}/scores/latest", first).then().statusCode(404);
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/runs/{id}/proposal", runId).then().statusCode(409);
        given().auth().oauth2(COORDINATOR).get("/api/v1/scoring/schemes/{id}/trends", s.id()).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @Order(12)
    void whenOffenderServiceKeepsFailingTheBreakerOpensAndRunsFailFastWithAClearReason() {
        Scheme s = scheme();
        String path = "/api/v1/schemes/" + s.id() + "/scoring-inputs";
        offender.register(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
        JsonPath first = awaitFinished(start(s));
        assertEquals("FAILED", first.getString("status"));
        JsonPath second = awaitFinished(start(s));
        assertEquals("FAILED", second.getString("status"));
        assertTrue(second.getString("failure").contains("circuit breaker is open"), second.getString("failure"));
        int calls = offender.find(getRequestedFor(urlPathEqualTo(path))).size();
        assertTrue(calls <= 10, "the open breaker stopped the calls: " + calls);
    }
}
