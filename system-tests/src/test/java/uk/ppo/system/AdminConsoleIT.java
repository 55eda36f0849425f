package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.SuiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The admin console in a real browser: the Chromium of the npm package @sparticuz/chromium driven by
 * playwright-core (both installed into admin-console/node_modules by the Maven build; {@code -Dppo.chromium=/path}
 * drives another Chromium) runs every scenario file admin-console/src/test/e2e/*.e2e.mjs (one browser run
 * each, sharing harness.mjs: axe-core on every page state they picture) against the suite with the real
 * Keycloak. Screenshots of every page go to target/admin-console-screenshots/, each file's output to
 * target/admin-console-e2e/.
 */
@ExtendWith(RunningSuite.class)
class AdminConsoleIT {

    static final String HASTINGS = "6f1c2a52-8f0e-4c55-9d7b-0d5c8a1e0001";
    static final String CHROMIUM = System.getProperty("ppo.chromium", "");

    @Test
    void theGatewayServesTheConsoleAndWhereKeycloakIs() {
        SuiteConfig config = RunningSuite.suite().config();
        given().when().get("/admin/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("PPO admin console"));
        given().when().get("/admin/config.json")
                .then().statusCode(200)
                .body("keycloakUrl", equalTo(config.keycloakUrl()))
                .body("realm", equalTo("ppo"))
                .body("clientId", equalTo("ppo-admin-console"));
    }

    @Test
    void adminsAndCoordinatorsWorkThePagesInABrowserAndAnOfficerSeesNone() throws Exception {
        Path root = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
        Path scenarios = root.resolve("admin-console/src/test/e2e");
        for (String module : List.of("playwright-core", "@sparticuz/chromium", "axe-core")) {
            Path installed = root.resolve("admin-console/node_modules").resolve(module);
            if (!Files.isDirectory(installed)) {
                fail(module + " is missing from " + installed + ": build the admin console first (./mvnw -pl admin-console package)");
            }
        }
        if (!CHROMIUM.isEmpty() && !Files.isExecutable(Path.of(CHROMIUM))) {
            fail("-Dppo.chromium names no executable: " + CHROMIUM);
        }

        // A candidate in Hastings, nominated for Catch and Convict: the panel form selects them.
        String pnc = "2019/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "K";
        String lastName = "Browne" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", "Dean");
        person.put("lastName", lastName);
        person.put("dateOfBirth", "1990-03-14");
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", HASTINGS);
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        String personId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "reason", "Eleven thefts from vehicles since June", "agency", "POLICE"))
                .post("/api/v1/offenders/{id}/nominations", personId).then().statusCode(201);
        String newScheme = "WEB" + ThreadLocalRandom.current().nextInt(100_000);

        // A scheme the admin renames in the browser (not a sample scheme other tests read by name).
        String admin = RunningSuite.tokenFor("ada.admin");
        String editCode = "ED" + ThreadLocalRandom.current().nextInt(100_000);
        String editedName = editCode + " and Rother PPO Scheme";
        String editSchemeId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", editCode, "name", editCode + " PPO Scheme", "district", "Rother", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");

        // A Hastings candidate nominated for Rehabilitate and Resettle (so the score run takes them in) whose four
        // recent dwelling-burglary series put them in the C&C proposal as a joiner: the co-ordinator's run ranks
        // and explains them, and submitting the proposal nominates them for C&C.
        String runPnc = "2018/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "R";
        String runLastName = "Carver" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        Map<String, Object> candidate = new HashMap<>(person);
        candidate.put("pncId", runPnc);
        candidate.put("firstName", "Lee");
        candidate.put("lastName", runLastName);
        String candidateId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(candidate)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("strand", "REHABILITATE_RESETTLE", "listedFor", "PROLIFIC", "reason", "Leaving custody in March; resettlement needs", "agency", "POLICE"))
                .post("/api/v1/offenders/{id}/nominations", candidateId).then().statusCode(201);
        List<Map<String, Object>> offences = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            offences.add(Map.of("pncId", runPnc, "sourceSystem", "police-system", "sourceId", "AC-" + i + "-" + runPnc.substring(5),
                    "category", "BURGLARY_DWELLING_SERIES", "status", "CONVICTED", "offenceDate", LocalDate.now().minusDays(20L * i).toString()));
        }
        given().auth().oauth2(RunningSuite.clientToken("police-system", "police-system-local-secret")).contentType(ContentType.JSON)
                .body(offences).post("/api/v1/offences/bulk").then().statusCode(200).body("created", equalTo(4));

        Path screenshots = Path.of("target/admin-console-screenshots").toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("BASE_URL", RunningSuite.suite().config().gatewayUrl());
        env.put("KEYCLOAK_URL", RunningSuite.suite().config().keycloakUrl());
        env.put("SCHEME_ID", HASTINGS);
        env.put("PERSON_ID", personId);
        env.put("PERSON_NAME", lastName + ", Dean");
        env.put("NEW_SCHEME_CODE", newScheme);
        env.put("SCREENSHOTS", screenshots.toString());
        if (!CHROMIUM.isEmpty()) {
            env.put("CHROMIUM", CHROMIUM);
        }
        env.put("EDIT_SCHEME_ID", editSchemeId);
        env.put("EDIT_SCHEME_CODE", editCode);
        env.put("EDITED_SCHEME_NAME", editedName);
        env.put("RUN_PERSON_NAME", runLastName + ", Lee");
        env.putAll(TaskPagesData.create());
        env.putAll(PersonPageData.create());
        // The selection is made during the scenarios, which may cross midnight: its date lies between these two.
        LocalDate scenariosStarted = LocalDate.now();
        List<Path> files;
        try (Stream<Path> listed = Files.list(scenarios)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".e2e.mjs")).sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            ScenarioRun run = runScenarios(root, file, env);
            all.append(run.log());
            if (!run.passed()) {
                failed.add(file.getFileName() + ":\n" + run.log());
            }
        }
        assertEquals(List.of(), failed, "scenario files with failures (every file ran)");
        String log = all.toString();
        for (String scenario : List.of("an admin creates a scheme", "a save the API rejects", "an admin selects a nominated person",
                "an officer signs in and sees no admin pages", "an expired session goes back to the login page",
                "an admin sees the scoring matrices and the hotspot wards on a map", "an admin edits a scheme",
                "a co-ordinator starts a score run", "an admin reads score runs",
                "a co-ordinator reads a PPO")) {
            assertTrue(log.lines().anyMatch(l -> l.startsWith("PASS " + scenario)), "no PASS for '" + scenario + "':\n" + log);
        }
        for (String page : List.of("01-schemes.png", "03-scheme-rejected.png", "04-nominations.png", "05-person.png",
                "08-cohort.png", "09-cohort-tablet.png", "10-officer-no-pages.png", "13-scoring.png", "14-matrix.png", "15-hotspots.png",
                "17-scheme-edited.png", "18-scheme-stale-edit.png", "19-scheme-edit-tablet.png", "20-score-run-proposal.png",
                "21-proposal-explained.png", "22-proposal-tablet.png", "23-proposal-submitted.png", "24-nominations-after-submission.png",
                "50-person-record.png", "51-person-asset-refused.png", "52-person-asset-recorded.png")) {
            assertTrue(Files.size(screenshots.resolve(page)) > 5_000, page + " is missing or empty");
        }

        // What the browser did is what the services now hold (a fresh token: the scenarios outlast the first one's 300 s).
        admin = RunningSuite.tokenFor("ada.admin");
        given().auth().oauth2(admin).queryParam("size", 500).get("/api/v1/schemes")
                .then().statusCode(200).body("items.code", hasItem(newScheme));
        given().auth().oauth2(admin).get("/api/v1/offenders/{id}", personId)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("strand", equalTo("CATCH_CONVICT"))
                .body("selectedOn", oneOf(scenariosStarted.toString(), LocalDate.now().toString()));
        given().auth().oauth2(admin).get("/api/v1/offenders/{id}/decisions", personId)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].recordedBy", equalTo("ada.admin"));
        // The first tab's rename stands (version 1); the stale tab's save changed nothing.
        given().auth().oauth2(admin).get("/api/v1/schemes/{id}", editSchemeId)
                .then().statusCode(200).body("code", equalTo(editCode)).body("name", equalTo(editedName))
                .body("county", equalTo("East Sussex")).body("version", equalTo(1));
        // The submitted proposal nominated the candidate for Catch and Convict, in the co-ordinator's name.
        given().auth().oauth2(admin).get("/api/v1/offenders/{id}/nominations", candidateId)
                .then().statusCode(200).body("size()", equalTo(2))
                .body("findAll { it.strand == 'CATCH_CONVICT' }.status", equalTo(List.of("PENDING")))
                .body("findAll { it.strand == 'CATCH_CONVICT' }.nominatedBy", equalTo(List.of("cora.coordinator")));
    }

    /** One scenario file in its own node process, its output; 15 minutes at most (a hang guard; 1–3 on a quiet machine). */
    private record ScenarioRun(String log, boolean passed) {
    }

    private static ScenarioRun runScenarios(Path root, Path file, Map<String, String> env) throws IOException, InterruptedException {
        Path output = Path.of("target/admin-console-e2e").toAbsolutePath().resolve(file.getFileName() + ".log");
        Files.createDirectories(output.getParent());
        ProcessBuilder builder = new ProcessBuilder("node", file.toString())
                .directory(root.resolve("admin-console").toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(file.getFileName() + " did not finish within 15 minutes:\n" + read(output));
        }
        String log = read(output);
        System.out.println("== " + file.getFileName() + "\n" + log);
        return new ScenarioRun(log, process.exitValue() == 0 && log.contains("ALL PASSED"));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no output)";
    }
}
