package uk.ppo.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.ppo.suite.Suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The tamper-evident audit trail through the whole suite (issue 21, item 7): the gateway asks every service to check
 * its hash chain; the roles the services run as cannot touch their audit tables; one audit row edited by the schema's
 * owner (lifting the guards the owner can lift) is reported as the offender trail's first break, until put back.
 */
@ExtendWith(RunningSuite.class)
class AuditChainIT {

    @Test
    void everyServicesTrailHoldsAndAnOwnersEditOfOneRowIsReported() throws SQLException {
        String auditor = RunningSuite.tokenFor("aud.auditor");
        // something to audit: a list of people (one record per person on the page)
        given().auth().oauth2(RunningSuite.tokenFor("ada.admin")).get("/api/v1/offenders").then().statusCode(200);

        given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true))
                .body("services", hasSize(4))
                .body("services.reachable", everyItem(equalTo(true)))
                .body("services.intact", everyItem(equalTo(true)));
        given().auth().oauth2(RunningSuite.tokenFor("cora.coordinator")).get("/api/v1/audit/verification").then().statusCode(403)
                .contentType(ContentType.fromContentType("application/problem+json"));

        Map<String, String> db = RunningSuite.suite().databaseAccess(Suite.Service.OFFENDER);
        try (Connection runtime = DriverManager.getConnection(db.get("url"), db.get("user"), db.get("password"));
             Statement s = runtime.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("UPDATE offender.audit_record SET detail = 'x'"));
            assertThrows(SQLException.class, () -> s.execute("ALTER TABLE offender.audit_record DISABLE TRIGGER ALL"));
            assertThrows(SQLException.class, () -> s.execute("TRUNCATE offender.audit_record"));
        }
        try (Connection owner = DriverManager.getConnection(db.get("url"), db.get("owner"), db.get("ownerPassword"));
             Statement s = owner.createStatement()) {
            long target;
            String original;
            try (ResultSet row = s.executeQuery("SELECT chain_seq, detail FROM offender.audit_record ORDER BY chain_seq LIMIT 1")) {
                row.next();
                target = row.getLong(1);
                original = row.getString(2);
            }
            s.execute("GRANT UPDATE ON offender.audit_record TO CURRENT_USER");
            s.execute("ALTER TABLE offender.audit_record DISABLE TRIGGER audit_record_append_only");
            try {
                s.execute("UPDATE offender.audit_record SET detail = 'nothing to see' WHERE chain_seq = " + target);
                given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false))
                        .body("services.find { it.service == 'offender-service' }.intact", equalTo(false))
                        .body("services.find { it.service == 'offender-service' }.firstBreak.sequence", equalTo((int) target))
                        .body("services.find { it.service == 'offender-service' }.firstBreak.kind", equalTo("CHANGED"))
                        .body("services.find { it.service == 'scoring-service' }.intact", equalTo(true));
            } finally {
                try (var restore = owner.prepareStatement("UPDATE offender.audit_record SET detail = ? WHERE chain_seq = " + target)) {
                    restore.setString(1, original);
                    restore.executeUpdate();
                }
                s.execute("ALTER TABLE offender.audit_record ENABLE TRIGGER audit_record_append_only");
                s.execute("REVOKE UPDATE ON offender.audit_record FROM CURRENT_USER");
            }
        }
        given().auth().oauth2(auditor).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }
}
