package uk.ppo.actionplan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.ppo.actionplan.Fixtures.ANALYST;

/** The local run's sample data (loaded in tests too): the East Sussex agreement and the NI 30 delivery plan. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class SampleDataTest {

    private static final String PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001";
    static final String NI30_DELIVERY_PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530";

    @Inject
    DataSource dataSource;

    @Test
    void theAgreementIsSource001sAndItsReportListsOverdueAndTbcMilestonesWithTheirLeads() {
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/priorities", PLAN).then().statusCode(200)
                .body("code", contains("AR", "ASB", "CC", "CH", "D", "R/L", "RS", "SC", "VC", "YC"));
        given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans/{id}/actions", PLAN).then().statusCode(200)
                .body("total", equalTo(81))
                .body("items.code", hasItem("AR9"))
                .body("items.code", hasItem("ASB 13"))
                .body("items.code", hasItem("BEP (e)"));
        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21").get("/api/v1/plans/{id}/report", PLAN).then()
                .statusCode(200)
                .body("plan.status", equalTo("APPROVED"))
                .body("priorities[0].code", equalTo("AR"))
                .body("priorities[0].actions", equalTo(9))
                .body("priorities[0].completed", equalTo(0))
                .body("priorities[0].actionsByRag", equalTo(Map.of("RED", 1, "AMBER", 1, "GREEN", 2, "NONE", 5)))
                .body("priorities[3].code", equalTo("CH"))
                .body("priorities[3].overdueMilestones.actionCode", contains("CH1", "CH1", "CH1"))
                .body("priorities[3].overdueMilestones.due", contains("2010-06-30", "2010-09-30", "2010-09-30"))
                .body("priorities[3].overdueMilestones.daysLate", contains(113, 21, 21))
                .body("priorities[3].overdueMilestones.lead", contains("TBC (following partnership review process)",
                        "Safer Communities Team", "TBC (following partnership review process)"))
                .body("priorities[5].code", equalTo("R/L"))
                .body("priorities[5].toBeConfirmed.actionCode", contains("L5"))
                .body("priorities[5].toBeConfirmed.lead", contains("NHS East Sussex Community Services"))
                .body("totals.actions", equalTo(81))
                .body("totals.toBeConfirmed", equalTo(2));
    }

    @Test
    void theNi30DeliveryPlanCarriesTheRealFiguresAndMoves() {
        // compared with source 000 word for word in DeliveryPlanSourceTest
        given().auth().oauth2(ANALYST).get("/api/v1/delivery-plans/{id}", NI30_DELIVERY_PLAN).then()
                .statusCode(200)
                .body("indicator", equalTo("NI 30"))
                .body("baseline", equalTo(273))
                .body("targets.financialYear", contains("2008/09", "2009/10", "2010/11"))
                .body("targets[1].reductionPercent", equalTo(22.0f))
                .body("targets[1].targetValue", equalTo(213))
                .body("targets[2].note", startsWith("TBA by applying the common ratio 1.20"))
                .body("activities.size()", equalTo(3))
                .body("activities[0].latestProgress.status", equalTo("ACHIEVED"))
                .body("activities[1].latestProgress.status", equalTo("AT_RISK"))
                .body("subTargetProgress[0].latestProgress.status", equalTo("AT_RISK"));
        given().auth().oauth2(ANALYST).queryParam("size", 50).get("/api/v1/delivery-plans").then().statusCode(200)
                .body("items.id", not(hasItem("c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501")));
    }

    @Test
    void theRiskRegisterHolds004sKeyRisksAndTheNi30DeliveryPlansRisksLinkedToIt() {
        given().auth().oauth2(ANALYST).queryParam("partnership", "East Sussex").queryParam("status", "OPEN").queryParam("size", 50)
                .get("/api/v1/risks").then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.risk", hasItem("Partners acceptance of recommendations"))
                .body("items.risk", hasItem("Outcome of Home Office approval of DIP Intensive application for Hastings and Rother."))
                .body("items.findAll { it.link?.kind == 'DELIVERY_PLAN' }.risk", containsInAnyOrder(
                        "PPOs fail to gain access to suitable accommodation",
                        "Failure to identify suitable resources to support offenders in the 'catch and convict' strand",
                        "Failure to establish rapid access to substitute prescribing"))
                .body("items.findAll { it.link?.kind == 'DELIVERY_PLAN' }.link.id", everyItem(equalTo("c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0530")))
                .body("items.findAll { it.risk == 'PPOs fail to gain access to suitable accommodation' }[0].mitigations.size()", equalTo(5));
    }

    @Test
    void theProjectStatusIs004sAt18June2010() {
        given().auth().oauth2(ANALYST).queryParam("partnership", "East Sussex").get("/api/v1/projects").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Anti-Social Behaviour", "Commissioning", "Confidence-Comms", "IOM",
                        "Structures / Perf. Mgt.", "east sussex safer communities partnership"))
                .body("items.find { it.name == 'IOM' }.stage", equalTo("FUNDING_ALLOCATION"))
                .body("items.find { it.name == 'Anti-Social Behaviour' }.deliverables.status",
                        contains("DONE", "DONE", "DONE", "OUTSTANDING"))
                .body("items.find { it.name == 'Commissioning' }.deliverables.changed", contains(true, true));
    }

    @Test
    void theScriptCanRunAgainWithoutChangingAnything() throws IOException, SQLException {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/sample-data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        given().auth().oauth2(ANALYST).queryParam("size", 500).get("/api/v1/plans/{id}/actions", PLAN).then()
                .body("total", equalTo(81));
    }
}
