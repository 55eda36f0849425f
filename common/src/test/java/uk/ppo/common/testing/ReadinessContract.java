package uk.ppo.common.testing;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * What Kubernetes' probes ask of every service and the gateway (issue 26, item 4), as a {@code @QuarkusTest}: the
 * service is live, and ready with the checks it depends on named in its readiness answer (a service's database, the
 * gateway's upstreams), so an operator reading {@code /q/health/ready} sees what it waits for.
 */
public abstract class ReadinessContract {

    /** Each readiness check the service must report UP, by a part of its name ("Database" for the datasource's check). */
    protected abstract Set<String> readinessChecks();

    @Test
    void isReadyWithTheChecksItDependsOnNamed() {
        for (String check : readinessChecks()) {
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.findAll { it.status == 'UP' }.name", hasItem(containsString(check)));
        }
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
