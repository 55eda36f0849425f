package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 23, item 7, through the gateway with real Keycloak tokens: a partnership's NI 30 (000's target, 273 −22 %,
 * computed from an offender-service cohort of Hastings) has two quarters recorded, a second indicator none, and the
 * risk register an assessed risk past its review date; the board pack as of a day in Q3 shows each in JSON, CSV and a
 * PDF that opens and names every indicator, with the NI 30 cohort asked of offender-service by action-plan-service.
 */
@ExtendWith(RunningSuite.class)
class BoardPackIT {

    private static final String PACK = "/api/v1/reports/partnership";
    private static final String AS_OF = "2025-10-21";

    private final String coordinator = RunningSuite.tokenFor("cora.coordinator");
    private final String analyst = RunningSuite.tokenFor("ann.analyst");

    @Test
    void aQuartersIndicatorsRisksAndNi30ReachTheBoardInJsonCsvAndPdf() throws IOException {
        String partnership = "Board " + ThreadLocalRandom.current().nextInt(1_000_000);

        Map<String, Object> cohort = new HashMap<>();
        cohort.put("name", partnership + " PPO cohort 2025/26");
        cohort.put("schemeIds", List.of(PpoJourneyIT.HASTINGS));
        cohort.put("fixedOn", "2025-04-01");
        cohort.put("baselineFrom", "2024-04-01");
        cohort.put("baselineTo", "2025-03-31");
        cohort.put("followUpFrom", "2025-04-01");
        cohort.put("followUpTo", "2026-03-31");
        cohort.put("targetReductionPercent", 22);
        String cohortId = given().auth().oauth2(analyst).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/performance/cohorts").then().statusCode(201).extract().path("id");

        Map<String, Object> ni30 = indicator(partnership, "NI 30", "Re-offending rate of prolific and priority offenders");
        ni30.put("baselineValue", 273);
        ni30.put("targets", List.of(Map.of("financialYear", "2025/26", "reductionPercent", 22)));
        ni30.put("source", Map.of("type", "NI30_COHORT", "cohortId", cohortId));
        String ni30Id = create(ni30);
        create(indicator(partnership, "ASB", "Anti-social behaviour incidents"));
        int[] offences = {50, 60};   // Q1 50 ≤ 53.25 on track; Q2 110 > 106.5, within 5 %: amber
        for (int q = 0; q < offences.length; q++) {
            given().auth().oauth2(analyst).contentType(ContentType.JSON)
                    .body(Map.of("period", "2025/26 Q" + (q + 1), "value", offences[q]))
                    .post("/api/v1/indicators/{id}/actuals", ni30Id).then().statusCode(201);
        }

        Map<String, Object> risk = new HashMap<>();
        risk.put("partnership", partnership);
        risk.put("risk", "PPOs fail to gain access to suitable accommodation");
        risk.put("owner", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        risk.put("likelihood", 4);
        risk.put("impact", 3);
        risk.put("mitigations", List.of("Supporting People floating support open to PPOs in every district"));
        risk.put("identifiedOn", "2025-05-08");
        risk.put("reviewDate", "2025-09-30");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(risk).post("/api/v1/risks").then().statusCode(201);

        JsonPath pack = given().auth().oauth2(analyst).queryParam("asOf", AS_OF).queryParam("partnership", partnership)
                .get(PACK).then().statusCode(200).contentType(ContentType.JSON)
                .body("quarter", equalTo("2025/26 Q3"))
                .body("indicators.code", containsInAnyOrder("NI 30", "ASB"))
                .body("indicators.find { it.code == 'NI 30' }.target", equalTo(213))
                .body("indicators.find { it.code == 'NI 30' }.periods.period", contains("2025/26 Q1", "2025/26 Q2"))
                .body("indicators.find { it.code == 'NI 30' }.periods.cumulative", contains(50, 110))
                .body("indicators.find { it.code == 'NI 30' }.periods.proRataTarget", contains(53.25f, 106.5f))
                .body("indicators.find { it.code == 'NI 30' }.periods.onTrack", contains(true, false))
                .body("indicators.find { it.code == 'NI 30' }.periods.rag", contains("GREEN", "AMBER"))
                .body("risks[0].score", equalTo(12))
                .body("risks[0].rating", equalTo("MEDIUM"))
                .body("risks[0].reviewOverdue", equalTo(true))
                .body("ni30[0].name", equalTo(partnership + " PPO cohort 2025/26"))
                .body("ni30[0].onTrack", notNullValue())
                .body("ni30[0].targetMet", nullValue())
                .body("gaps", org.hamcrest.Matchers.empty())
                .extract().jsonPath();
        List<String> codes = pack.getList("indicators.code");

        String csv = given().auth().oauth2(RunningSuite.tokenFor("maya.manager")).accept("text/csv")
                .queryParam("asOf", AS_OF).queryParam("partnership", partnership).get(PACK)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("indicator,NI 30,Re-offending rate of prolific and priority offenders,,2025/26 Q2,60,110,213,106.5,no,AMBER"), csv);
        assertTrue(csv.contains("risk,MEDIUM,PPOs fail to gain access to suitable accommodation"), csv);
        assertTrue(csv.contains("NI 30," + partnership + " PPO cohort 2025/26"), csv);

        byte[] pdf = given().auth().oauth2(coordinator).accept("application/pdf")
                .queryParam("asOf", AS_OF).queryParam("partnership", partnership).get(PACK)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(2, codes.size());
            for (String code : codes) {
                assertTrue(text.contains(code + ": "), () -> "the PDF has no chart headed " + code);
            }
            assertTrue(text.contains("Partnership board pack: " + partnership));
            assertTrue(text.contains("PPOs fail to gain access to suitable accommodation"));
            assertTrue(text.contains(partnership + " PPO cohort 2025/26"));
        }
    }

    private String create(Map<String, Object> body) {
        return given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body)
                .post("/api/v1/indicators").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> indicator(String partnership, String code, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnership", partnership);
        body.put("code", code);
        body.put("title", title);
        body.put("definition", "As source 001 defines it");
        body.put("unit", "offences");
        body.put("polarity", "LOWER_IS_BETTER");
        body.put("kind", "COUNT");
        body.put("frequency", "QUARTERLY");
        body.put("lead", Map.of("organisation", "Sussex Probation Area", "jobTitle", "Director, East Sussex and Brighton Local Delivery Units"));
        return body;
    }
}
