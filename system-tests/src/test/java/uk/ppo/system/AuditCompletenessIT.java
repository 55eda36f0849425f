package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the API through the gateway with real Keycloak tokens, reading and changing one person's data in
 * offender-, scoring- and action-plan-service, each request with its own {@code X-Request-Id}; then reads
 * each service's audit log as the auditor and compares: every request that read or changed personal data
 * left exactly one record (per service that holds the data) naming the user, their role and agency, the
 * action, the person and the request id; requests about no one left none. The logs cannot be changed:
 * the document offers no PUT, PATCH or DELETE on them, trying one is refused, and no service's own
 * database role may UPDATE, DELETE or TRUNCATE its audit table.
 */
@ExtendWith(RunningSuite.class)
class AuditCompletenessIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** Each service's audit table, as its Flyway migrations create it. */
    static final Map<Suite.Service, String> AUDIT_TABLES = Map.of(
            Suite.Service.OFFENDER, "offender.audit_record",
            Suite.Service.SCORING, "scoring.audit_record",
            Suite.Service.ACTION_PLAN, "action_plan.audit_event");

    record Who(String user, String role, String agency, String token) {
    }

    /** A request made, and what each service's audit log must hold for it: service → action (null: nothing). */
    record Made(String what, String requestId, Who who, String person, Map<Suite.Service, String> expected) {
    }

    private final List<Made> made = new ArrayList<>();

    @Test
    void everyRequestForPersonalDataLeavesExactlyOneAuditRecordAndOthersNone() throws Exception {
        Who cora = who("cora.coordinator", "coordinator", "police");
        Who maya = who("maya.manager", "offender-manager", "probation");
        Who oscar = who("oscar.officer", "officer", "police");
        Who ada = who("ada.admin", "admin", "council");
        Instant start = Instant.now().minusSeconds(5);

        // a scheme of its own, so the score run below scores this person and no crowd
        String code = "AU" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        String schemeId = given().auth().oauth2(ada.token()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " scheme", "district", "Rother", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");

        // ---- offender-service
        String pnc = ScoringIT.pnc();
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Audra");
        person.put("lastName", "Trail");
        person.put("dateOfBirth", "1993-07-21");
        person.put("gender", "FEMALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", schemeId);
        Response created = call(cora, "POST").body(person).post("/api/v1/offenders");
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        made(created, "create a person", cora, id, offender("PERSON_CREATE"));

        Response read = call(cora, "GET").get("/api/v1/offenders/{id}", id);
        made(ok(read), "read the person", cora, id, offender("PERSON_READ"));

        person.remove("pncId");
        person.put("homeArea", "Bexhill");
        Response updated = call(maya, "PUT").header("If-Match", read.header("ETag")).body(person).put("/api/v1/offenders/{id}", id);
        made(ok(updated), "update the person", maya, id, offender("PERSON_UPDATE"));

        made(ok(call(cora, "GET").queryParam("pnc", pnc).get("/api/v1/offenders")), "search by PNC", cora, id, offender("PERSON_SEARCH"));

        made(created(call(maya, "POST").body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "Burglaries since the spring", "agency", "probation"))
                .post("/api/v1/offenders/{id}/nominations", id)), "nominate", maya, id, offender("NOMINATION_CREATE"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/nominations", id)), "read nominations", maya, id, offender("NOMINATION_READ"));

        made(created(call(cora, "POST").body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", TODAY.toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id)), "record a panel decision", cora, id, offender("DECISION_RECORD"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/decisions", id)), "read decisions", maya, id, offender("DECISION_READ"));

        made(created(call(maya, "POST").body(Map.of("reviewedOn", TODAY.toString(), "outcome", "CONTINUE", "notes", "Engaging with DIP"))
                .post("/api/v1/offenders/{id}/reviews", id)), "record a review", maya, id, offender("REVIEW_RECORD"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/reviews", id)), "read reviews", maya, id, offender("PERSON_READ"));

        made(created(call(cora, "POST").body(Map.of("sourceId", "AU-" + pnc.substring(5),
                        "category", "BURGLARY_DWELLING", "status", "CONVICTED", "offenceDate", TODAY.minusDays(20).toString()))
                .post("/api/v1/offenders/{id}/offences", id)), "record an offence", cora, id, offender("OFFENCE_RECORD"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/offences", id)), "read offences", maya, id, offender("OFFENCE_READ"));

        made(created(call(cora, "POST").body(Map.of("area", "ACCOMMODATION", "level", "HIGH", "status", "NO_FIXED_ABODE",
                        "assessedOn", TODAY.toString())).post("/api/v1/offenders/{id}/needs", id)),
                "record a needs assessment", cora, id, offender("NEEDS_RECORD"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/needs", id)), "read needs assessments", maya, id, offender("NEEDS_READ"));
        made(ok(call(maya, "GET").get("/api/v1/offenders/{id}/needs/current", id)), "read current needs", maya, id, offender("NEEDS_READ"));

        made(ok(call(oscar, "GET").queryParam("pnc", pnc).get("/api/v1/status")), "an officer's status lookup", oscar, id,
                offender("STATUS_LOOKUP"));

        // ---- scoring-service
        made(created(call(maya, "POST").body(Map.of("score", 27, "rosh", false, "assessedOn", TODAY.minusDays(2).toString(),
                        "assessorAgency", "YOS"))
                .post("/api/v1/scoring/people/{id}/asset-assessments", id)), "record an ASSET assessment", maya, id, scoring("ASSESSMENT_RECORD"));
        made(ok(call(maya, "GET").get("/api/v1/scoring/people/{id}/asset-assessments", id)), "read ASSET assessments", maya, id,
                scoring("ASSESSMENT_READ"));

        Response run = call(cora, "POST").body(Map.of("schemeId", schemeId, "asOf", TODAY.toString())).post("/api/v1/scoring/runs");
        assertEquals(202, run.statusCode(), run.asString());
        awaitCompleted(cora, run.path("id"));
        made(run, "a score run over the person's scheme", cora, id, scoring("SCORE_RUN"));

        Response latest = call(cora, "GET").get("/api/v1/scoring/people/{id}/scores/latest", id);
        made(ok(latest), "read the latest score", cora, id, scoring("SCORE_READ"));
        Response history = call(maya, "GET").get("/api/v1/scoring/people/{id}/scores", id);
        made(ok(history), "read the score history", maya, id, scoring("SCORE_HISTORY_READ"));
        made(ok(call(maya, "GET").get("/api/v1/scoring/scores/{scoreId}", (String) history.path("[0].scoreId"))), "read a score with its inputs",
                maya, id, scoring("SCORE_READ"));

        // ---- action-plan-service
        Response plan = call(cora, "POST").body(Map.of("offenderId", id, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans");
        made(created(plan), "draw up a PPO plan", cora, id, actionPlan("PPO_PLAN_CREATED"));
        String planId = plan.path("id");
        Response withAction = ifMatch(call(maya, "POST"), plan)
                .body(Map.of("area", "ACCOMMODATION", "agency", "housing", "text", "Supported housing before release"))
                .post("/api/v1/ppo-plans/{id}/actions", planId);
        made(created(withAction), "add an action to the plan", maya, id, actionPlan("PPO_ACTION_ADDED"));
        String actionId = withAction.path("actions[0].id");
        made(ok(ifMatch(call(maya, "POST"), withAction)
                        .body(Map.of("status", "ACHIEVED", "outcome", "Tenancy started", "on", TODAY.toString()))
                        .post("/api/v1/ppo-plans/{id}/actions/{actionId}/outcome", planId, actionId)),
                "record an action's outcome", maya, id, actionPlan("PPO_ACTION_OUTCOME"));
        made(ok(call(maya, "GET").get("/api/v1/ppo-plans/{id}", planId)), "read the PPO plan", maya, id, actionPlan("PPO_PLAN_READ"));
        made(ok(call(cora, "GET").queryParam("offenderId", id).get("/api/v1/ppo-plans")), "list the person's plans", cora, id,
                actionPlan("PPO_PLAN_LISTED"));
        made(created(call(cora, "POST").body(Map.of("offenderId", id, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans")), "replace the PPO plan with a new one", cora, id, actionPlan("PPO_PLAN_CREATED"));

        // ---- the gateway's case-conference summary: each of the three services reads, and audits, its part
        Map<Suite.Service, String> summary = new LinkedHashMap<>();
        summary.put(Suite.Service.OFFENDER, "PERSON_READ");
        summary.put(Suite.Service.SCORING, "SCORE_READ");
        summary.put(Suite.Service.ACTION_PLAN, "PPO_PLAN_LISTED");
        Response caseSummary = call(cora, "GET").get("/api/v1/offenders/{id}/summary", id);
        made(ok(caseSummary), "the case-conference summary", cora, id, summary);
        assertEquals(true, caseSummary.path("score.available"), caseSummary.asString());
        assertEquals(true, caseSummary.path("actions.available"), caseSummary.asString());

        // ---- requests about no one
        made(ok(call(cora, "GET").get("/api/v1/schemes")), "list schemes", cora, null, Map.of());
        made(ok(call(cora, "GET").get("/api/v1/schemes/{id}", schemeId)), "read a scheme", cora, null, Map.of());
        made(ok(call(cora, "GET").get("/api/v1/scoring/matrices")), "list matrix versions", cora, null, Map.of());
        made(ok(call(maya, "POST").body(Map.of("asOf", TODAY.toString(), "offences", List.of(Map.of("category", "TWOC", "status", "SUSPECTED",
                "offenceDate", TODAY.minusDays(3).toString())))).post("/api/v1/scoring/evaluations")), "a what-if evaluation", maya, null, Map.of());
        made(ok(call(cora, "GET").get("/api/v1/plans")), "list partnership plans", cora, null, Map.of());

        // ---- compare what was asked with what was written
        String auditor = RunningSuite.tokenFor("aud.auditor");
        Map<Suite.Service, List<Map<String, Object>>> logs = new LinkedHashMap<>();
        logs.put(Suite.Service.OFFENDER, records(auditor, "/api/v1/audit", id, start));
        logs.put(Suite.Service.SCORING, records(auditor, "/api/v1/scoring/audit", id, start));
        logs.put(Suite.Service.ACTION_PLAN, records(auditor, "/api/v1/ppo-plans/access-log", id, null));
        // the PNC search names no single person: found by its user and time
        List<Map<String, Object>> byCora = records(auditor, "/api/v1/audit?user=cora.coordinator", null, start);

        List<String> wrong = new ArrayList<>();
        int audited = 0;
        for (Made m : made) {
            for (Suite.Service service : AUDIT_TABLES.keySet()) {
                String action = m.expected().get(service);
                long inDatabase = countInDatabase(service, m.requestId());
                List<Map<String, Object>> log = new ArrayList<>(logs.get(service));
                if (service == Suite.Service.OFFENDER) {
                    log.addAll(byCora);
                }
                List<Map<String, Object>> mine = log.stream().filter(r -> m.requestId().equals(r.get("requestId")))
                        .distinct().toList();
                if (action == null) {
                    if (inDatabase != 0) {
                        wrong.add(m.what() + ": " + inDatabase + " records in " + service + "'s audit log, expected none");
                    }
                    continue;
                }
                if (inDatabase != 1) {
                    wrong.add(m.what() + ": " + inDatabase + " records in " + service + "'s audit log, expected exactly one");
                }
                if (mine.size() != 1) {
                    wrong.add(m.what() + ": the auditor sees " + mine.size() + " records about the person in " + service + "'s log: " + mine);
                    continue;
                }
                audited++;
                Map<String, Object> r = mine.get(0);
                String user = (String) (r.containsKey("user") ? r.get("user") : r.get("actor"));
                check(wrong, m, service, "user", m.who().user(), user);
                check(wrong, m, service, "action", action, r.get("action"));
                check(wrong, m, service, "agency", m.who().agency(), r.get("agency"));
                check(wrong, m, service, "person", m.person(), r.get("personId"));
                String roles = String.valueOf(r.get("roles"));
                if (!Set.of(roles.split(",")).contains(m.who().role())) {
                    wrong.add(m.what() + " (" + service + "): roles " + roles + " lack " + m.who().role());
                }
            }
        }
        long personal = made.stream().filter(m -> !m.expected().isEmpty()).count();
        System.out.printf("AUDIT COMPLETENESS %d requests made (%d about the person, %d about no one), %d audit records matched exactly, %d wrong%n",
                made.size(), personal, made.size() - personal, audited, wrong.size());
        wrong.forEach(w -> System.out.println("AUDIT COMPLETENESS wrong: " + w));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noEndpointChangesOrDeletesAnAuditRecord() throws Exception {
        List<String> writable = new ArrayList<>();
        for (ApiDocument.Operation op : ApiDocument.operations(ApiDocument.merged())) {
            if ((op.path().contains("/audit") || op.path().contains("/access-log")) && !op.method().equals("GET")) {
                writable.add(op.key());
            }
        }
        assertEquals(List.of(), writable, "operations that write to an audit log");

        String auditor = RunningSuite.tokenFor("aud.auditor");
        String admin = RunningSuite.tokenFor("ada.admin");
        Map<Suite.Service, Long> before = new LinkedHashMap<>();
        for (Suite.Service service : AUDIT_TABLES.keySet()) {
            before.put(service, countAll(service));
        }
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String path : List.of("/api/v1/audit", "/api/v1/audit/1", "/api/v1/audit/" + UUID.randomUUID(), "/api/v1/scoring/audit",
                "/api/v1/scoring/audit/1", "/api/v1/ppo-plans/access-log", "/api/v1/ppo-plans/access-log/1")) {
            for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
                for (String token : List.of(auditor, admin)) {
                    Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"action\":\"NOTHING\"}")
                            .request(method, path);
                    tried++;
                    if (response.statusCode() != 404 && response.statusCode() != 405) {
                        wrong.add(method + " " + path + ": " + response.statusCode() + " " + response.asString());
                    } else if (!response.contentType().startsWith("application/problem+json")) {
                        wrong.add(method + " " + path + ": " + response.statusCode() + " as " + response.contentType());
                    }
                }
            }
        }
        for (Suite.Service service : AUDIT_TABLES.keySet()) {
            assertTrue(countAll(service) >= before.get(service), service + "'s audit log lost records");
        }

        for (var table : AUDIT_TABLES.entrySet()) {
            Map<String, String> db = RunningSuite.suite().databaseAccess(table.getKey());
            try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
                 PreparedStatement privileges = c.prepareStatement("SELECT has_table_privilege(?, ?, 'UPDATE'), has_table_privilege(?, ?, 'DELETE'),"
                         + " has_table_privilege(?, ?, 'TRUNCATE'), has_table_privilege(?, ?, 'INSERT'), has_table_privilege(?, ?, 'SELECT')")) {
                for (int i = 0; i < 5; i++) {
                    privileges.setString(2 * i + 1, db.get("user"));
                    privileges.setString(2 * i + 2, table.getValue());
                }
                try (ResultSet row = privileges.executeQuery()) {
                    row.next();
                    String seen = table.getValue() + " for " + db.get("user") + ": UPDATE " + row.getBoolean(1) + ", DELETE " + row.getBoolean(2)
                            + ", TRUNCATE " + row.getBoolean(3) + ", INSERT " + row.getBoolean(4) + ", SELECT " + row.getBoolean(5);
                    System.out.println("AUDIT COMPLETENESS privileges: " + seen);
                    if (row.getBoolean(1) || row.getBoolean(2) || row.getBoolean(3) || !row.getBoolean(4) || !row.getBoolean(5)) {
                        wrong.add(seen);
                    }
                }
                for (String change : List.of("UPDATE " + table.getValue() + " SET action = 'CHANGED'", "DELETE FROM " + table.getValue())) {
                    try (var statement = c.createStatement()) {
                        statement.executeUpdate(change);
                        wrong.add(db.get("user") + " could run: " + change);
                    } catch (java.sql.SQLException refused) {
                        // what must happen: permission denied (42501), or the append-only trigger
                    }
                }
            }
        }
        System.out.printf("AUDIT COMPLETENESS %d attempts to change or delete audit records through the API, %d tables checked, %d wrong%n",
                tried, AUDIT_TABLES.size(), wrong.size());
        assertEquals(List.of(), wrong);
    }

    // ----------------------------------------------------------------------------------------------

    private Who who(String user, String role, String agency) {
        return new Who(user, role, agency, RunningSuite.tokenFor(user));
    }

    /** A request with its own request id, remembered for {@link #made}. */
    private io.restassured.specification.RequestSpecification call(Who who, String method) {
        String requestId = "audit-" + UUID.randomUUID();
        pending = requestId;
        var request = given().auth().oauth2(who.token()).header("X-Request-Id", requestId).header("X-Purpose", "audit completeness test");
        return method.equals("GET") ? request : request.contentType(ContentType.JSON);
    }

    private String pending;

    private static io.restassured.specification.RequestSpecification ifMatch(io.restassured.specification.RequestSpecification request,
                                                                            Response previous) {
        String etag = previous.header("ETag");
        return etag == null ? request : request.header("If-Match", etag);
    }

    private void made(Response response, String what, Who who, String person, Map<Suite.Service, String> expected) {
        String echoed = response.header("X-Request-Id");
        assertEquals(pending, echoed, what + ": the gateway keeps the caller's request id");
        made.add(new Made(what, echoed, who, person, expected));
    }

    private static Response ok(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        return response;
    }

    private static Response created(Response response) {
        assertEquals(201, response.statusCode(), response.asString());
        return response;
    }

    private static Map<Suite.Service, String> offender(String action) {
        return Map.of(Suite.Service.OFFENDER, action);
    }

    private static Map<Suite.Service, String> scoring(String action) {
        return Map.of(Suite.Service.SCORING, action);
    }

    private static Map<Suite.Service, String> actionPlan(String action) {
        return Map.of(Suite.Service.ACTION_PLAN, action);
    }

    private static void check(List<String> wrong, Made m, Suite.Service service, String field, Object expected, Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            wrong.add(m.what() + " (" + service + "): " + field + " is " + actual + ", expected " + expected);
        }
    }

    /** Every record of an audit log the auditor can page through, for a person and/or since a time. */
    private static List<Map<String, Object>> records(String auditor, String path, String personId, Instant from) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = given().auth().oauth2(auditor).queryParam("page", page).queryParam("size", 500);
            if (personId != null) {
                request = request.queryParam("personId", personId);
            }
            if (from != null) {
                request = request.queryParam("from", from.toString());
            }
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            all.addAll(items);
            if (items.size() < 500) {
                return all;
            }
        }
    }

    private static void awaitCompleted(Who who, String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = given().auth().oauth2(who.token()).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().path("status");
            if (Set.of("COMPLETED", "FAILED").contains(status)) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("COMPLETED", status);
    }

    private static long countInDatabase(Suite.Service service, String requestId) throws Exception {
        return query(service, "SELECT count(*) FROM " + AUDIT_TABLES.get(service) + " WHERE request_id = ?", requestId);
    }

    private static long countAll(Suite.Service service) throws Exception {
        return query(service, "SELECT count(*) FROM " + AUDIT_TABLES.get(service), null);
    }

    private static long query(Suite.Service service, String sql, String parameter) throws Exception {
        Map<String, String> db = RunningSuite.suite().databaseAccess(service);
        try (Connection c = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             PreparedStatement statement = c.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
