package uk.ppo.system;

import io.restassured.http.ContentType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/**
 * The people the task pages' browser scenarios (admin-console/src/test/e2e/tasks.e2e.mjs) work on, made
 * through the API: a Hastings PPO with an active plan, whom a co-ordinator discusses at a case conference,
 * and a PPO deselected in 2009 whose offences are long past their retention period, whom the DPO disposes of.
 * Returns the environment the scenarios read their names from.
 */
final class TaskPagesData {

    private TaskPagesData() {
    }

    static Map<String, String> create() {
        String cora = RunningSuite.tokenFor("cora.coordinator");
        String maya = RunningSuite.tokenFor("maya.manager");
        String police = RunningSuite.clientToken("police-system", "police-system-local-secret");
        int n = ThreadLocalRandom.current().nextInt(1000, 10_000);

        String discussed = person(cora, "Ray", "Conway" + n, "2004/");
        DataProtectionIT.decide(cora, discussed, Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC",
                "decidedOn", LocalDate.now().minusDays(30).toString()));
        given().auth().oauth2(maya).contentType(ContentType.JSON).body(Map.of("offenderId", discussed, "strand", "CATCH_CONVICT"))
                .post("/api/v1/ppo-plans").then().statusCode(201);

        String disposedPnc = pnc("2008/");
        String disposed = person(cora, "Dana", "Oldfield" + n, disposedPnc);
        DataProtectionIT.decide(cora, disposed, Map.of("type", "SELECT", "strand", "CATCH_CONVICT", "listedFor", "PROLIFIC", "decidedOn", "2008-01-10"));
        List<Map<String, Object>> offences = List.of(1, 2).stream().<Map<String, Object>>map(i -> Map.of("pncId", disposedPnc,
                "sourceId", "CR-TP-" + UUID.randomUUID(), "category", "BURGLARY_DWELLING", "status", "CONVICTED",
                "offenceDate", LocalDate.of(2008, 2 + i, 5).toString())).toList();
        given().auth().oauth2(police).contentType(ContentType.JSON).body(offences).post("/api/v1/offences/bulk").then().statusCode(200);
        DataProtectionIT.decide(cora, disposed, Map.of("type", "DESELECT", "reasonCode", "MOVED_OUT_OF_AREA", "decidedOn", "2009-02-01"));

        return Map.of("CONFERENCE_PERSON_NAME", "Conway" + n + ", Ray", "DISPOSE_PERSON_NAME", "Oldfield" + n + ", Dana",
                "DISPOSE_PERSON_ID", disposed);
    }

    private static String pnc(String year) {
        return year + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "T";
    }

    private static String person(String token, String firstName, String lastName, String pncOrYear) {
        Map<String, Object> body = Map.of("pncId", pncOrYear.length() > 5 ? pncOrYear : pnc(pncOrYear), "firstName", firstName,
                "lastName", lastName, "dateOfBirth", "1985-02-11", "gender", "MALE", "ethnicity", "WHITE", "schemeId", AdminConsoleIT.HASTINGS);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/offenders")
                .then().statusCode(201).extract().path("id");
    }
}
