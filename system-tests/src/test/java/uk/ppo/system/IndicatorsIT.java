package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 23, item 1, through the gateway with real Keycloak tokens: a coordinator defines NI 30 with 000's target
 * (baseline 273, −22 % in 2009/10), an analyst records the year's four quarters, and every reader sees on-track per
 * quarter against the pro-rata line (Q2 off track); then serious acquisitive crime (NI 16 as police.uk's categories
 * allow) is computed by action-plan-service from hotspot-service's counts of the suite's East Sussex sample (police.uk,
 * January-June 2025) with its own token, and agrees with this test's own count of the same file.
 */
@ExtendWith(RunningSuite.class)
class IndicatorsIT {

    static final List<String> SERIOUS_ACQUISITIVE = List.of("Burglary", "Robbery", "Vehicle crime");

    private final String coordinator = RunningSuite.tokenFor("cora.coordinator");
    private final String analyst = RunningSuite.tokenFor("ann.analyst");

    private static String partnership() {
        return "Partnership " + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private String create(Map<String, Object> body) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body)
                .post("/api/v1/indicators").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> indicator(String partnership, String code, String frequency) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnership", partnership);
        body.put("code", code);
        body.put("title", code);
        body.put("definition", "As source 001 defines it");
        body.put("unit", "offences");
        body.put("polarity", "LOWER_IS_BETTER");
        body.put("kind", "COUNT");
        body.put("frequency", frequency);
        body.put("lead", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        return body;
    }

    @Test
    void aYearOfQuarterlyActualsIsOnTrackPerQuarterAgainstTheProRataTarget() {
        Map<String, Object> ni30 = indicator(partnership(), "NI 30", "QUARTERLY");
        ni30.put("baselineValue", 273);
        ni30.put("targets", List.of(Map.of("financialYear", "2009/10", "reductionPercent", 22)));
        String id = create(ni30);

        int[] offences = {50, 60, 45, 50};
        for (int q = 0; q < 4; q++) {
            given().auth().oauth2(analyst).contentType(ContentType.JSON)
                    .body(Map.of("period", "2009/10 Q" + (q + 1), "value", offences[q]))
                    .post("/api/v1/indicators/{id}/actuals", id).then().statusCode(201)
                    .body("actual.enteredBy", equalTo("ann.analyst"));
        }
        for (String reader : List.of("ann.analyst", "maya.manager", "ada.admin")) {
            given().auth().oauth2(RunningSuite.tokenFor(reader)).queryParam("financialYear", "2009/10")
                    .get("/api/v1/indicators/{id}/performance", id).then().statusCode(200)
                    .body("yearTarget", equalTo(213))
                    .body("periods.cumulative", contains(50, 110, 155, 205))
                    .body("periods.target", contains(53.25f, 106.5f, 159.75f, 213))
                    .body("periods.onTrack", contains(true, false, true, true))
                    .body("periods.rag", contains("GREEN", "AMBER", "GREEN", "GREEN"));
        }
        // a partner system reads, an officer does not; nobody enters a quarter that has not ended, or a negative count
        given().auth().oauth2(RunningSuite.clientToken("police-system", "police-system-local-secret"))
                .get("/api/v1/indicators/{id}", id).then().statusCode(200).body("targets[0].value", equalTo(213));
        given().auth().oauth2(RunningSuite.tokenFor("oscar.officer")).get("/api/v1/indicators/{id}", id).then().statusCode(403);
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("period", "2009/10 Q1", "value", -1))
                .post("/api/v1/indicators/{id}/actuals", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("value"));
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("period", "2099/00 Q1", "value", 1))
                .post("/api/v1/indicators/{id}/actuals", id).then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
    }

    @Test
    void seriousAcquisitiveCrimeIsComputedFromTheSamplePoliceData() throws IOException {
        Map<String, Object> ni16 = indicator(partnership(), "NI 16", "QUARTERLY");
        ni16.put("source", Map.of("type", "POLICE_UK_CRIMES", "areaCode", "E10000011", "crimeTypes", SERIOUS_ACQUISITIVE));
        String id = create(ni16);
        // January to March 2025 is the last quarter of 2024/25
        int expected = countInTheSample(Set.of("2025-01", "2025-02", "2025-03"));
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("period", "2024/25 Q4"))
                .post("/api/v1/indicators/{id}/actuals/computed", id).then().statusCode(201)
                .body("actual.value", equalTo(expected))
                .body("actual.computed", equalTo(true))
                .body("actual.source", containsString("Burglary + Robbery + Vehicle crime in East Sussex (E10000011), 2025-01 to 2025-03"));
        given().auth().oauth2(analyst).queryParam("financialYear", "2024/25").get("/api/v1/indicators/{id}/performance", id).then()
                .statusCode(200)
                .body("periods[3].actual", equalTo(expected)).body("periods[3].computed", equalTo(true));
    }

    /** Burglary, robbery and vehicle crime in the suite's East Sussex sample file in these months, each Crime ID once. */
    static int countInTheSample(Set<String> months) throws IOException {
        Path root = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
        Path sample = root.resolve("hotspot-service/src/main/resources/sample/2025-01-to-06-sussex-street-east-sussex.csv.gz");
        Set<String> seen = new HashSet<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(sample)),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",", -1); // police.uk files have no quoted fields
                if (!months.contains(f[1]) || !SERIOUS_ACQUISITIVE.contains(f[9]) || f[7].isEmpty()) {
                    continue;
                }
                if (f[0].isEmpty() || seen.add(f[0])) {
                    count++;
                }
            }
        }
        return count;
    }
}
