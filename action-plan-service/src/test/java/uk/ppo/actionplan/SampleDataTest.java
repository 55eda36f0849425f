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
import static uk.ppo.actionplan.Fixtures.ANALYST;

/** The local run's sample data (loaded in tests too): the East Sussex agreement and the NI 30 delivery plan. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class SampleDataTest {

    private static final String PLAN = "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0001";

    @Inject
    DataSource dataSource;

    @Test
    void theAgreementHasTheAdultReoffendingAndHotspotPrioritiesAndReportsOnThem() {
        given().auth().oauth2(ANALYST).get("/api/v1/plans/{id}/priorities", PLAN).then().statusCode(200)
                .body("code", contains("AR", "CH"));
        given().auth().oauth2(ANALYST).queryParam("size", 50).get("/api/v1/plans/{id}/actions", PLAN).then().statusCode(200)
                .body("total", equalTo(11))
                .body("items.code", hasItem("AR9"))
                .body("items.code", hasItem("CH2"));
        given().auth().oauth2(ANALYST).queryParam("asOf", "2010-10-21").get("/api/v1/plans/{id}/report", PLAN).then()
                .statusCode(200)
                .body("plan.status", equalTo("APPROVED"))
                .body("priorities[0].actions", equalTo(9))
                .body("priorities[0].completed", equalTo(1))
                .body("priorities[0].actionsByRag", equalTo(Map.of("RED", 1, "AMBER", 1, "GREEN", 2, "NONE", 5)))
                .body("priorities[1].actions", equalTo(2))
                .body("priorities[1].overdueMilestones.milestone", contains("Six-monthly hotspot analysis published"))
                .body("priorities[1].overdueMilestones.daysLate", contains(6));
    }

    @Test
    void theNi30DeliveryPlanCarriesTheRealFigures() {
        given().auth().oauth2(ANALYST).get("/api/v1/delivery-plans/{id}", "c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501").then()
                .statusCode(200)
                .body("indicator", equalTo("NI 30"))
                .body("baseline", equalTo(273))
                .body("targets[0].financialYear", equalTo("2009/10"))
                .body("targets[0].reductionPercent", equalTo(22.0f))
                .body("targets[0].targetValue", equalTo(213))
                .body("risks[1].owner", equalTo("Housing Options Manager"))
                .body("activities.size()", equalTo(3));
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
                .body("items.findAll { it.link?.kind == 'DELIVERY_PLAN' }.link.id", everyItem(equalTo("c5d7e3a1-6f2b-4d89-a0c4-3b8e9f1a0501")))
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
        given().auth().oauth2(ANALYST).queryParam("size", 50).get("/api/v1/plans/{id}/actions", PLAN).then()
                .body("total", equalTo(11));
    }
}
