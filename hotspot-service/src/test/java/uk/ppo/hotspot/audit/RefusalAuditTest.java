package uk.ppo.hotspot.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class RefusalAuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRoleRefusedIsWrittenToTheAppendOnlyAuditTrailWithWhoClientRequestAndPurpose() throws Exception {
        String requestId = "hotspot-refused-" + UUID.randomUUID();
        String officer = TestTokens.user("oscar.officer").roles("officer").client("ppo-mobile").token();
        given().auth().oauth2(officer).header("X-Request-Id", requestId).header("X-Purpose", "curious")
                .get("/api/v1/hotspots/thresholds").then().statusCode(403).contentType("application/problem+json");
        String[] row = null;
        for (int i = 0; i < 50 && row == null; i++) {
            row = refusal(requestId);
            if (row == null) {
                Thread.sleep(100);   // a refusal found before dispatch is written just after the answer
            }
        }
        assertEquals("oscar.officer|officer|ACCESS_REFUSED|403 GET /api/v1/hotspots/thresholds|curious|ppo-mobile",
                row == null ? "no refusal recorded" : String.join("|", row));
        try (Connection c = dataSource.getConnection(); var delete = c.prepareStatement("DELETE FROM audit_record")) {
            assertThrows(SQLException.class, delete::executeUpdate, "the trail is append-only, even for the service");
        }
    }

    private String[] refusal(String requestId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT username, roles, action, detail, purpose, client_id FROM audit_record WHERE request_id = ?")) {
            select.setString(1, requestId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)} : null;
            }
        }
    }
}
