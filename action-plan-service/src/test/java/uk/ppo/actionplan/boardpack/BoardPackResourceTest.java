package uk.ppo.actionplan.boardpack;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import java.io.IOException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.ADMIN;
import static uk.ppo.actionplan.Fixtures.ANALYST;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;
import static uk.ppo.actionplan.Fixtures.action;
import static uk.ppo.actionplan.Fixtures.milestone;
import static uk.ppo.actionplan.Fixtures.plan;
import static uk.ppo.actionplan.Fixtures.priority;
import static uk.ppo.actionplan.Fixtures.progress;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class BoardPackResourceTest {

    private static final String PACK = "/api/v1/reports/partnership";

    /** An agreed plan's red and amber actions and its overdue milestone reach the pack in all three formats. */
    @Test
    void theAgreedPlansExceptionsAreInTheJsonCsvAndPdf() throws IOException {
        String plan = plan();
        String partnership = given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}", plan).then().extract().path("partnership");
        priority(plan, "AR", "Reducing adult re-offending");
        String ar1 = action(plan, "AR", "AR1");
        String ar2 = action(plan, "AR", "AR2");
        action(plan, "AR", "AR3");
        milestone(ar2, "Accommodation pathway agreed", Map.of("date", "2010-09-30"));
        progress(ar1, "2010/11 Q2", "AMBER");
        progress(ar2, "2010/11 Q3", "RED");

        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21").queryParam("partnership", partnership)
                .get(PACK).then().statusCode(200).body("actions", empty());   // a draft is not yet the partnership's plan
        given().auth().oauth2(ADMIN).post("/api/v1/plans/{id}/approve", plan).then().statusCode(200);

        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21").queryParam("partnership", partnership)
                .get(PACK).then().statusCode(200).contentType(ContentType.JSON)
                .body("asOf", equalTo("2010-10-21"))
                .body("quarter", equalTo("2010/11 Q3"))
                .body("partnership", equalTo(partnership))
                .body("actions.actionCode", contains("AR2", "AR1"))
                .body("actions.rag", contains("RED", "AMBER"))
                .body("actions[0].action", equalTo("Action AR2"))
                .body("overdueMilestones[0].milestone", equalTo("Accommodation pathway agreed"))
                .body("overdueMilestones[0].daysLate", equalTo(21));

        String csv = given().auth().oauth2(ANALYST).accept("text/csv").queryParam("asOf", "2010-10-21")
                .queryParam("partnership", partnership).get(PACK)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("board-pack-2010-10-21.csv")).extract().asString();
        assertTrue(csv.startsWith(BoardPackCsv.HEADER));
        assertTrue(csv.contains("overdue milestone,AR2,Accommodation pathway agreed,,2010-09-30"), csv);

        byte[] pdf = given().auth().oauth2(ANALYST).accept("application/pdf").queryParam("asOf", "2010-10-21")
                .queryParam("partnership", partnership).get(PACK)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Partnership board pack: " + partnership), text);
            assertTrue(text.contains("Action AR2") && text.contains("Accommodation pathway agreed"), text);
        }
    }

    @Test
    void aBadDayOrPartnershipIsAProblemNamingIt() {
        given().auth().oauth2(COORDINATOR).queryParam("asOf", "21/10/2010").get(PACK)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("asOf"));
        given().auth().oauth2(COORDINATOR).queryParam("partnership", " ").get(PACK)
                .then().statusCode(400).body("violations[0].field", equalTo("partnership"));
    }
}
