package uk.ppo.offender.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.AuditChainContract;
import uk.ppo.common.testing.AuditFailuresContract;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.offender.Fixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "offender"))
@QuarkusTestResource(OidcTestResource.class)
class AuditChainTest extends AuditChainContract implements AuditFailuresContract {

    @Override
    protected void writeAuditedRow() {
        Fixtures.adult(Fixtures.scheme().id());
    }

    /** As replicas of the service would: four connections at once, some transactions rolled back. */
    @Test
    void concurrentInsertersAndRolledBackInsertsLeaveAnUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> kept = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                kept.add(pool.submit(() -> {
                    int committed = 0;
                    try (Connection c = runtime()) {
                        c.setAutoCommit(false);
                        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_record (at, username, roles, action, detail)"
                                + " SELECT now(), 'worker" + worker + "', 'test', 'PERSON_READ', 'row ' || g FROM generate_series(1, ?) g")) {
                            for (int i = 0; i < 25; i++) {
                                insert.setInt(1, 1 + i % 3);
                                insert.executeUpdate();
                                if (i % 5 == 4) {
                                    c.rollback();
                                } else {
                                    c.commit();
                                    committed++;
                                }
                            }
                        }
                    }
                    return committed;
                }));
            }
            for (Future<Integer> f : kept) {
                assertEquals(20, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
        }
        long rows;
        try (Connection c = runtime(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM audit_record")) {
            r.next();
            rows = r.getLong(1);
        }
        given().auth().oauth2(Fixtures.AUDITOR).get("/api/v1/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("rowsChecked", equalTo((int) rows));
    }
}
