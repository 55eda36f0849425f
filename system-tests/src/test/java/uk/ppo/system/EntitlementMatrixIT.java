package uk.ppo.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Record-level scope, through the gateway with real Keycloak tokens: every operation of the merged API
 * document that takes a person, scheme, run, score, plan, conference or cohort id (in its path, query or
 * body) × {in scope, out of scope, unknown, token without a {@code schemes} claim} × every role the access
 * matrix lets call it. The expectations, per operation, are in {@code entitlement-matrix.csv}; an operation
 * of the document that takes such an id and has no entry fails the build.
 * <ul>
 *   <li>in scope: past the entitlement check (not 401, 403 or 404, never 5xx), and not the answer an
 *   unknown id gets;</li>
 *   <li>out of scope, and in scope with a token without a {@code schemes} claim: exactly the answer an
 *   unknown id gets (status, problem type and title, detail with the id swapped, fields named), or for a
 *   list an empty one;</li>
 *   <li>the status lookup: {@code {pncId, ppo: false}} for all three.</li>
 * </ul>
 * People: for each user role, a user limited to a scheme this test makes (IN) and one without the claim;
 * the police partner system (HASTINGS and EASTBOURNE) against HASTINGS and THURROCK records, and a copy of
 * its client without the claim.
 */
@ExtendWith(RunningSuite.class)
class EntitlementMatrixIT {

    static final List<String> USER_ROLES = List.of("admin", "coordinator", "offender-manager", "officer", "analyst", "auditor",
            "data-protection-officer");
    static final String PARTNER = "partner-system";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One row of entitlement-matrix.csv. */
    record Entry(String operationId, String method, String path, String kind, String where, String expect, String body, String query) {
    }

    /** The ids of one kind of record in a world: one in the world's scope and one outside it. */
    record Pair(String in, String out) {
    }

    /** A world: the records a principal's scope covers (in) and does not (out), by kind. */
    record World(String name, Map<String, Pair> ids, Map<String, String> inScoped, Map<String, String> noClaim) {
    }

    static List<Entry> entries;
    static List<ApiDocument.Entry> access;
    static List<ApiDocument.Operation> operations;
    static JsonNode document;
    static World users;
    static World partner;
    static final String TODAY = LocalDate.now().toString();

    @BeforeAll
    static void worlds() throws Exception {
        document = ApiDocument.merged();
        operations = ApiDocument.operations(document);
        access = ApiDocument.matrix();
        entries = entries();
        users = usersWorld();
        partner = partnerWorld();
    }

    @Test
    void everyOperationTakingAScopedIdHasAnEntryAndEveryEntryAnOperation() {
        Set<String> scoped = new TreeSet<>();
        for (ApiDocument.Operation op : operations) {
            if (takesScopedId(document, op)) {
                scoped.add(op.node().path("operationId").asText());
            }
        }
        Set<String> listed = new TreeSet<>();
        entries.forEach(e -> listed.add(e.operationId()));
        Set<String> missing = new TreeSet<>(scoped);
        missing.removeAll(listed);
        Set<String> known = new TreeSet<>();
        operations.forEach(op -> known.add(op.node().path("operationId").asText()));
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(known);
        assertEquals(Set.of(), missing, "operations taking a person, scheme, run, score, plan, conference or cohort id with no entry in entitlement-matrix.csv");
        assertEquals(Set.of(), stale, "entries in entitlement-matrix.csv with no operation in the document");
    }

    @Test
    void everyRoleGetsInScopeRecordsAndNothingElseAndOutOfScopeLooksUnknown() {
        List<String> wrong = new ArrayList<>();
        int operationsChecked = 0;
        int calls = 0;
        for (Entry entry : entries) {
            if (Set.of("service", "unscoped").contains(entry.kind())) {
                continue;
            }
            ApiDocument.Entry allowed = access.stream().filter(a -> a.id().equals(entry.operationId())).findFirst()
                    .orElseThrow(() -> new AssertionError(entry.operationId() + " is not in access-matrix.csv"));
            boolean checked = false;
            for (String role : allowed.roles()) {
                World world = role.equals(PARTNER) ? partner : USER_ROLES.contains(role) ? users : null;
                if (world == null || !world.ids().containsKey(entry.kind())) {
                    continue;
                }
                checked = true;
                calls += check(entry, role, world, wrong);
            }
            operationsChecked += checked ? 1 : 0;
        }
        System.out.printf("ENTITLEMENT MATRIX %d operations x {in scope, out of scope, unknown, no schemes claim} x their roles = %d calls, %d wrong%n",
                operationsChecked, calls, wrong.size());
        assertEquals(List.of(), wrong);
        assertTrue(operationsChecked >= 40, "the matrix checks the suite's scoped operations (" + operationsChecked + ")");
    }

    @Test
    void thePolicePartnerSeesNoThurrockPersonAndProbationCannotChangePolicesOffence() {
        String police = partner.inScoped().get(PARTNER);
        given().auth().oauth2(police).get("/api/v1/offenders/{id}", partner.ids().get("person").out()).then().statusCode(404);
        given().auth().oauth2(police).get("/api/v1/offenders/{id}", partner.ids().get("person").in()).then().statusCode(200);

        String person = partner.ids().get("person").in();
        String sourceId = "CR-ENT-" + UUID.randomUUID();
        Map<String, Object> offence = Map.of("sourceId", sourceId, "category", "BURGLARY_DWELLING", "status", "SUSPECTED",
                "offenceDate", "2026-09-14");
        given().auth().oauth2(police).contentType(ContentType.JSON).body(offence)
                .post("/api/v1/offenders/{id}/offences", person).then().statusCode(201);
        String probation = RunningSuite.clientToken("probation-system", "probation-system-local-secret");
        Map<String, Object> forged = new HashMap<>(offence);
        forged.put("sourceSystem", "police-system");
        forged.put("status", "CONVICTED");
        given().auth().oauth2(probation).contentType(ContentType.JSON).body(forged)
                .post("/api/v1/offenders/{id}/offences", person).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(police).get("/api/v1/offenders/{id}/offences", person).then().statusCode(200)
                .body("find { it.sourceId == '" + sourceId + "' }.status", org.hamcrest.Matchers.equalTo("SUSPECTED"))
                .body("find { it.sourceId == '" + sourceId + "' }.sourceSystem", org.hamcrest.Matchers.equalTo("police-system"));
    }

    /** The four cases of one operation for one role; returns the number of calls made. */
    private static int check(Entry entry, String role, World world, List<String> wrong) {
        Pair ids = world.ids().get(entry.kind());
        String unknownId = unknown(entry.kind());
        String inToken = world.inScoped().get(role);
        String noClaimToken = world.noClaim().get(role);
        String who = entry.operationId() + " as " + role + " (" + world.name() + ")";

        Response unknown = call(entry, inToken, world, unknownId, "unknown");
        Response outOfScope = call(entry, inToken, world, ids.out(), "out");
        Response noClaim = call(entry, noClaimToken, world, ids.in(), "in");
        Response inScope = call(entry, inToken, world, ids.in(), "in");

        switch (entry.expect()) {
            case "status" -> {
                for (var c : List.of(Map.entry("unknown", unknown), Map.entry("out of scope", outOfScope), Map.entry("no schemes claim", noClaim))) {
                    JsonNode body = json(c.getValue());
                    if (c.getValue().statusCode() != 200 || body == null || body.path("ppo").asBoolean(true) || body.size() != 2) {
                        wrong.add(who + ", " + c.getKey() + ": " + c.getValue().statusCode() + " " + truncate(c.getValue().asString()));
                    }
                }
                JsonNode in = json(inScope);
                if (inScope.statusCode() != 200 || in == null || !in.path("ppo").asBoolean(false)) {
                    wrong.add(who + ", in scope: " + inScope.statusCode() + " " + truncate(inScope.asString()));
                }
            }
            case "list" -> {
                for (var c : List.of(Map.entry("unknown", unknown), Map.entry("out of scope", outOfScope), Map.entry("no schemes claim", noClaim))) {
                    if (!isEmptyList(c.getValue())) {
                        wrong.add(who + ", " + c.getKey() + ": not an empty list: " + c.getValue().statusCode() + " " + truncate(c.getValue().asString()));
                    }
                }
                if (inScope.statusCode() != 200 || isEmptyList(inScope)) {
                    wrong.add(who + ", in scope: expected its records: " + inScope.statusCode() + " " + truncate(inScope.asString()));
                }
            }
            default -> {
                if (unknown.statusCode() != 404 && unknown.statusCode() != 400) {
                    wrong.add(who + ", unknown id: " + unknown.statusCode() + " " + truncate(unknown.asString()));
                }
                String differs = difference(unknown, unknownId, outOfScope, ids.out());
                if (differs != null) {
                    wrong.add(who + ", out of scope differs from unknown: " + differs);
                }
                differs = difference(unknown, unknownId, noClaim, ids.in());
                if (differs != null) {
                    wrong.add(who + ", no schemes claim differs from unknown: " + differs);
                }
                int status = inScope.statusCode();
                if (status == 401 || status == 403 || status == 404 || status >= 500 || difference(unknown, unknownId, inScope, ids.in()) == null) {
                    wrong.add(who + ", in scope: " + status + " " + truncate(inScope.asString()));
                }
            }
        }
        return 4;
    }

    /** Null when {@code b} (about {@code idB}) is the same answer as {@code a} (about {@code idA}); else how they differ. */
    static String difference(Response a, String idA, Response b, String idB) {
        if (a.statusCode() != b.statusCode()) {
            return a.statusCode() + " vs " + b.statusCode() + " " + truncate(b.asString());
        }
        String typeA = String.valueOf(a.contentType());
        String typeB = String.valueOf(b.contentType());
        if (!typeA.equals(typeB)) {
            return "content type " + typeA + " vs " + typeB;
        }
        JsonNode ja = json(a);
        JsonNode jb = json(b);
        if (ja == null || jb == null || !ja.isObject() || !jb.isObject()) {
            return ja == null && jb == null || ja != null && ja.equals(jb) ? null : "bodies " + truncate(a.asString()) + " vs " + truncate(b.asString());
        }
        for (String field : List.of("type", "title", "status")) {
            if (!ja.path(field).equals(jb.path(field))) {
                return field + " " + ja.path(field) + " vs " + jb.path(field);
            }
        }
        String detailA = ja.path("detail").asText("").replace(idA, "{id}");
        String detailB = jb.path("detail").asText("").replace(idB, "{id}");
        if (!detailA.equals(detailB)) {
            return "detail '" + detailA + "' vs '" + detailB + "'";
        }
        if (!ja.path("violations").toString().replace(idA, "{id}").equals(jb.path("violations").toString().replace(idB, "{id}"))) {
            return "violations " + ja.path("violations") + " vs " + jb.path("violations");
        }
        Set<String> keysA = new TreeSet<>();
        ja.fieldNames().forEachRemaining(keysA::add);
        Set<String> keysB = new TreeSet<>();
        jb.fieldNames().forEachRemaining(keysB::add);
        return keysA.equals(keysB) ? null : "fields " + keysA + " vs " + keysB;
    }

    private static Response call(Entry entry, String token, World world, String id, String side) {
        RequestSpecification request = given().auth().oauth2(token).header("X-Purpose", "entitlement matrix");
        Map<String, String> path = new HashMap<>();
        for (var parameter : ApiDocument.PARAMETERS.matcher(entry.path()).results().map(m -> m.group(1)).toList()) {
            path.put(parameter, parameter.equals(entry.where().substring(entry.where().indexOf(':') + 1)) && entry.where().startsWith("path:")
                    ? id : secondary(world, parameter, side));
        }
        String url = ApiDocument.fill(entry.path(), path::get);
        if (entry.where().startsWith("query:")) {
            request = request.queryParam(entry.where().substring(6), id);
        }
        if (!entry.query().equals("-")) {
            for (String pair : entry.query().split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.queryParam(kv[0], placeholders(kv[1], world, id, side));
            }
        }
        if (!entry.body().equals("-")) {
            request = request.contentType(ContentType.JSON).body(placeholders(entry.body(), world, id, side));
        } else if (Set.of("POST", "PUT").contains(entry.method())) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(entry.method(), url);
    }

    /** A path parameter other than the one under test: the record of the same side of the world (a plan's action). */
    private static String secondary(World world, String parameter, String side) {
        Pair pair = world.ids().get(parameter);
        if (pair == null) {
            throw new AssertionError("no fixture for path parameter " + parameter);
        }
        return switch (side) {
            case "in" -> pair.in();
            case "out" -> pair.out();
            default -> UUID.randomUUID().toString();
        };
    }

    private static String placeholders(String template, World world, String id, String side) {
        return template.replace("$ID", id)
                .replace("$PERSON", secondary(world, "person", side))
                .replace("$SCHEME_ID", world.ids().get("scheme").in())
                .replace("$SCHEME_CODE", world.ids().get("scheme-code").in())
                .replace("$TODAY", TODAY)
                .replace("$NEXT_YEAR", LocalDate.now().plusYears(1).toString())
                .replace("$PNC", freshPnc())
                .replace("$UNIQUE", UUID.randomUUID().toString());
    }

    private static String unknown(String kind) {
        return switch (kind) {
            case "scheme-code" -> "UNKNOWN" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
            case "pnc" -> freshPnc();
            default -> UUID.randomUUID().toString();
        };
    }

    /** Does the operation take an id of a record that scope applies to, anywhere in its request? */
    static boolean takesScopedId(JsonNode document, ApiDocument.Operation op) {
        if (ApiDocument.PARAMETERS.matcher(op.path()).find()) {
            return true;
        }
        for (String in : List.of("query", "path")) {
            for (JsonNode parameter : op.parameters(in)) {
                if (SCOPED_NAMES.contains(parameter.path("name").asText())) {
                    return true;
                }
            }
        }
        JsonNode body = op.bodySchema() == null ? null : ApiDocument.resolve(document, op.bodySchema());
        if (body != null) {
            for (String name : SCOPED_NAMES) {
                if (body.path("properties").has(name)) {
                    return true;
                }
            }
            return body.path("properties").has("schemeIds");
        }
        return false;
    }

    static final Set<String> SCOPED_NAMES = Set.of("personId", "offenderId", "schemeId", "schemeCode", "pnc", "runId", "scoreId");

    private static boolean isEmptyList(Response response) {
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode body = json(response);
        if (body == null) {
            return false;
        }
        if (body.isArray()) {
            return body.isEmpty();
        }
        return body.has("items") && body.get("items").isEmpty() && body.path("total").asLong(0) == 0;
    }

    private static JsonNode json(Response response) {
        try {
            String text = response.asString();
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    static List<Entry> entries() throws Exception {
        Map<String, ApiDocument.Operation> byId = new HashMap<>();
        operations.forEach(op -> byId.put(op.node().path("operationId").asText(), op));
        List<Entry> found = new ArrayList<>();
        try (var in = EntitlementMatrixIT.class.getResourceAsStream("/entitlement-matrix.csv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                ApiDocument.Operation op = byId.get(cells[0]);
                found.add(new Entry(cells[0], op == null ? "?" : op.method(), op == null ? "?" : op.path(), cells[1], cells[2],
                        cells[3], cells[4], cells[5]));
            }
        }
        return found;
    }

    // ---- the worlds ----------------------------------------------------------------------------

    static String freshCode(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
    }

    static String freshPnc() {
        return "2021/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "Q";
    }

    /** Two schemes of its own, IN and OUT, with a person, a score run, a score, a plan, a conference and a cohort in each. */
    private static World usersWorld() {
        String admin = RunningSuite.tokenFor("ada.admin");
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String manager = RunningSuite.tokenFor("maya.manager");
        String analyst = RunningSuite.tokenFor("ann.analyst");
        String dpo = RunningSuite.tokenFor("dora.dpo");
        Map<String, Pair> ids = new LinkedHashMap<>();
        String[] decisions = new String[2];
        String[] disposals = new String[2];
        String[] accessRequests = new String[2];
        String[] codes = {freshCode("ENTIN"), freshCode("ENTOUT")};
        String[] schemes = new String[2];
        String[] people = new String[2];
        String[] pncs = new String[2];
        String[] runs = new String[2];
        String[] scores = new String[2];
        String[] plans = new String[2];
        String[] actions = new String[2];
        String[] conferences = new String[2];
        String[] cohorts = new String[2];
        for (int i = 0; i < 2; i++) {
            schemes[i] = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("code", codes[i], "name", codes[i] + " scheme", "district", "Hastings", "county", "East Sussex"))
                    .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
            pncs[i] = freshPnc();
            people[i] = person(admin, schemes[i], pncs[i]);
            select(coordinator, people[i]);
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("cohortTotal", 100, "pndAssetTotal", 10, "takenOn", TODAY, "reductionTargetPercent", 10))
                    .put("/api/v1/scoring/schemes/{id}/baseline", schemes[i]).then().statusCode(org.hamcrest.Matchers.lessThan(300));
            runs[i] = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("schemeId", schemes[i]))
                    .post("/api/v1/scoring/runs").then().statusCode(202).extract().path("id");
            awaitRun(coordinator, runs[i]);
            scores[i] = given().auth().oauth2(coordinator).get("/api/v1/scoring/people/{id}/scores", people[i])
                    .then().statusCode(200).extract().path("[0].scoreId");
            plans[i] = given().auth().oauth2(manager).contentType(ContentType.JSON)
                    .body(Map.of("offenderId", people[i], "strand", "CATCH_CONVICT"))
                    .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
            actions[i] = given().auth().oauth2(manager).contentType(ContentType.JSON)
                    .body(Map.of("area", "ACCOMMODATION", "agency", "housing", "text", "Supported housing"))
                    .post("/api/v1/ppo-plans/{id}/actions", plans[i]).then().statusCode(201).extract().path("id");
            conferences[i] = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("schemeCode", codes[i], "heldOn", TODAY, "attendingAgencies", List.of("police", "probation")))
                    .post("/api/v1/case-conferences").then().statusCode(201).extract().path("id");
            cohorts[i] = given().auth().oauth2(analyst).contentType(ContentType.JSON)
                    .body(Map.of("name", "NI 30 " + codes[i], "schemeIds", List.of(schemes[i]), "fixedOn", TODAY,
                            "baselineFrom", "2024-04-01", "baselineTo", "2025-03-31", "followUpFrom", "2025-04-01",
                            "followUpTo", "2026-03-31", "targetReductionPercent", 10))
                    .post("/api/v1/performance/cohorts").then().statusCode(201).extract().path("id");
            // a person disposed of (their decision and disposal stay, in the scheme they were last in) and a
            // subject-access request about the scheme's person
            String disposable = person(admin, schemes[i], freshPnc());
            var disposed = given().auth().oauth2(dpo).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "DISPOSE", "reason", "Entitlement matrix"))
                    .post("/api/v1/retention/reviews/{id}/decisions", disposable).then().statusCode(201).extract();
            decisions[i] = disposed.path("id");
            disposals[i] = disposed.path("disposalId");
            accessRequests[i] = given().auth().oauth2(dpo).contentType(ContentType.JSON).body(Map.of("personId", people[i]))
                    .post("/api/v1/subject-access-requests").then().statusCode(202).extract().path("id");
        }
        ids.put("retention-decision", new Pair(decisions[0], decisions[1]));
        ids.put("disposal", new Pair(disposals[0], disposals[1]));
        ids.put("subject-access-request", new Pair(accessRequests[0], accessRequests[1]));
        ids.put("scheme", new Pair(schemes[0], schemes[1]));
        ids.put("scheme-code", new Pair(codes[0], codes[1]));
        ids.put("person", new Pair(people[0], people[1]));
        ids.put("pnc", new Pair(pncs[0], pncs[1]));
        ids.put("run", new Pair(runs[0], runs[1]));
        ids.put("score", new Pair(scores[0], scores[1]));
        ids.put("ppo-plan", new Pair(plans[0], plans[1]));
        ids.put("actionId", new Pair(actions[0], actions[1]));
        ids.put("conference", new Pair(conferences[0], conferences[1]));
        ids.put("ni30-cohort", new Pair(cohorts[0], cohorts[1]));
        Map<String, String> inScoped = new LinkedHashMap<>();
        Map<String, String> noClaim = new LinkedHashMap<>();
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
        for (String role : USER_ROLES) {
            String agency = Set.of("coordinator", "officer", "data-protection-officer").contains(role) ? "police" : "council";
            inScoped.put(role, KeycloakAdmin.userToken("ent." + role + ".in." + suffix, role, agency, List.of(codes[0])));
            noClaim.put(role, KeycloakAdmin.userToken("ent." + role + ".none." + suffix, role, agency, null));
        }
        return new World("users limited to " + codes[0], ids, inScoped, noClaim);
    }

    /** The police partner system (HASTINGS and EASTBOURNE) against a HASTINGS and a THURROCK person. */
    private static World partnerWorld() {
        String admin = RunningSuite.tokenFor("ada.admin");
        Map<String, String> codeToId = new HashMap<>();
        List<Map<String, Object>> all = given().auth().oauth2(admin).queryParam("size", 500).get("/api/v1/schemes")
                .then().statusCode(200).extract().path("items");
        all.forEach(s -> codeToId.put((String) s.get("code"), (String) s.get("id")));
        Map<String, Pair> ids = new LinkedHashMap<>();
        String[] pncs = {freshPnc(), freshPnc()};
        String in = person(admin, codeToId.get("HASTINGS"), pncs[0]);
        String out = person(admin, codeToId.get("THURROCK"), pncs[1]);
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        select(coordinator, in);
        select(coordinator, out);
        ids.put("scheme", new Pair(codeToId.get("HASTINGS"), codeToId.get("THURROCK")));
        ids.put("scheme-code", new Pair("HASTINGS", "THURROCK"));
        ids.put("person", new Pair(in, out));
        ids.put("pnc", new Pair(pncs[0], pncs[1]));
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        String unclaimed = KeycloakAdmin.clientWithoutSchemesToken("police-system",
                "ent-partner-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36));
        return new World("police-system", ids, Map.of(PARTNER, police), Map.of(PARTNER, unclaimed));
    }

    /** Puts the person on the scheme (Catch and Convict), so the status lookup names them a PPO. */
    private static void select(String coordinator, String personId) {
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", TODAY, "rationale", "Entitlement matrix",
                        "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", personId).then().statusCode(201);
    }

    private static String person(String token, String schemeId, String pnc) {
        Map<String, Object> body = new HashMap<>();
        body.put("pncId", pnc);
        body.put("firstName", "Entitled");
        body.put("lastName", "Matrix" + ThreadLocalRandom.current().nextInt(1_000_000));
        body.put("dateOfBirth", "1990-04-12");
        body.put("gender", "MALE");
        body.put("ethnicity", "WHITE");
        body.put("schemeId", schemeId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }

    private static void awaitRun(String token, String runId) {
        for (int i = 0; i < 300; i++) {
            String status = given().auth().oauth2(token).get("/api/v1/scoring/runs/{id}", runId).then().statusCode(200).extract().path("status");
            if ("COMPLETED".equals(status)) {
                return;
            }
            if ("FAILED".equals(status)) {
                throw new AssertionError("score run " + runId + " failed");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("score run " + runId + " did not complete in 60 s");
    }

    private static String truncate(String body) {
        return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
