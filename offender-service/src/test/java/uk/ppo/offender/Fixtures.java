package uk.ppo.offender;

import io.restassured.http.ContentType;
import uk.ppo.common.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Test data made through the API, fresh for every test: schemes, people, tokens. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    public static final String COORDINATOR = TestTokens.user("cora.coordinator").roles("coordinator").agency("police").token();
    public static final String OFFICER = TestTokens.user("oscar.officer").roles("officer").agency("police").token();
    public static final String AUDITOR = TestTokens.user("aud.auditor").roles("auditor").agency("council").token();

    private Fixtures() {
    }

    public static String freshCode() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    /** A well-formed PNC id no other test uses. */
    public static String freshPnc() {
        return "2019/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "K";
    }

    public record SchemeRef(String id, String code) {
    }

    public static SchemeRef scheme() {
        String code = freshCode();
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code + " scheme", "district", "Hastings", "county", "East Sussex"))
                .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
        return new SchemeRef(id, code);
    }

    public static Map<String, Object> person(String schemeId, String pnc, LocalDate dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("pncId", pnc);
        body.put("firstName", "Jamie");
        body.put("lastName", "Smith" + ThreadLocalRandom.current().nextInt(1_000_000));
        body.put("dateOfBirth", dateOfBirth.toString());
        body.put("gender", "MALE");
        body.put("ethnicity", "WHITE");
        body.put("schemeId", schemeId);
        body.put("leadOfficer", Map.of("name", "PC 1234 Jo Bloggs", "contact", "01424 555 0101"));
        body.put("flags", List.of("Violence warning"));
        return body;
    }

    /** Creates an adult (born 1990) in the scheme and returns the person's id. */
    public static String adult(String schemeId) {
        return create(person(schemeId, freshPnc(), LocalDate.of(1990, 4, 12)));
    }

    /** Creates a 15-year-old in the scheme. */
    public static String youth(String schemeId) {
        return create(person(schemeId, freshPnc(), LocalDate.now().minusYears(15).minusDays(10)));
    }

    /** A panel decision's request body; strand and reason may be null. */
    public static Map<String, Object> decision(String type, String strand, String reason, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        if (strand != null) {
            body.put("strand", strand);
        }
        if (reason != null) {
            body.put("reasonCode", reason);
        }
        if (type.equals("SELECT")) {
            body.put("listedFor", "PROLIFIC");
        }
        body.put("decidedOn", on.toString());
        body.put("rationale", "Panel agreed on the matrix score and partner evidence");
        body.put("attendingAgencies", List.of("POLICE", "PROBATION", "council"));
        return body;
    }

    /** One value a query about one person answers, read straight from the database (as text; null for none). */
    public static String queryAbout(DataSource db, String sql, String personId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, java.util.UUID.fromString(personId));
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** How many events for partners (outbox rows) there are about the person. */
    public static long outboxRowsAbout(DataSource db, String personId) throws SQLException {
        return Long.parseLong(queryAbout(db, "SELECT count(*) FROM outbox_event WHERE subject = ?", personId));
    }

    public static String create(Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
    }
}
