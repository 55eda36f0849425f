package uk.ppo.actionplan.dataprotection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ppo.actionplan.support.Offender;
import uk.ppo.common.testing.DataProtectionApiContract;
import uk.ppo.common.testing.Problems;
import uk.ppo.common.testing.TestTokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ppo.actionplan.Fixtures.COORDINATOR;

/** Subject access and disposal of one person's plans and conference items, for offender-service's client alone. */
@QuarkusTest
class DataProtectionResourceTest extends DataProtectionApiContract {

    static final String CONFERENCES = "/api/v1/case-conferences";
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    UUID a;
    UUID b;
    String replaced;
    String active;
    String bPlan;
    String conference;

    /**
     * A with a replaced and an active plan and an item (raising an action) at a conference between two of B's
     * items; B with a plan of their own; A's plan read once.
     */
    @BeforeEach
    void twoPeopleWithPlansAndConferenceItems() {
        String scheme = Offender.newScheme();
        a = UUID.randomUUID();
        b = UUID.randomUUID();
        Offender.transfer(a, scheme);
        Offender.transfer(b, scheme);
        replaced = plan(a, "CATCH_CONVICT");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("area", "LICENCE_ENFORCEMENT", "agency", "police", "text", "Weekly curfew checks", "due", "2010-12-01"))
                .post("/api/v1/ppo-plans/{id}/actions", replaced).then().statusCode(201);
        active = plan(a, "REHABILITATE_RESETTLE");
        bPlan = plan(b, "REHABILITATE_RESETTLE");
        conference = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("schemeCode", scheme, "heldOn", "2010-09-09", "attendingAgencies", List.of("police", "probation")))
                .post(CONFERENCES).then().statusCode(201).extract().path("id");
        item(b, "0", "B settled in supported housing", List.of());
        item(a, "1", "A released on licence; no fixed abode",
                List.of(Map.of("area", "ACCOMMODATION", "agency", "housing", "text", "Supported housing place", "due", "2010-09-30")));
        item(b, "2", "B back in touch with DIP", List.of());
        given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", active).then().statusCode(200);
    }

    @Nested
    class Records {

        @Test
        void listEveryPlanWithItsActionsAndEveryItemNamingThePersonAndNothingOfAnother() {
            JsonPath section = section(a, null, null);
            assertEquals("action-plan-service", section.getString("service"));
            assertEquals(a.toString(), section.getString("personId"));
            assertEquals(List.of("ppo-plan", "ppo-plan", "conference-item"), section.getList("records.kind"));
            assertEquals(List.of(replaced, active), section.getList("records.findAll { it.kind == 'ppo-plan' }.id"));

            Map<String, Object> old = section.getMap("records[0]");
            assertEquals("cora.coordinator", old.get("source"));
            assertTrue(old.get("recordedAt") != null && old.get("updatedAt") != null, old.toString());
            Map<String, Object> content = section.getMap("records[0].content");
            assertEquals(a.toString(), content.get("offenderId"));
            assertEquals("REPLACED", content.get("status"));
            assertEquals(active, content.get("replacedBy"));
            for (String field : List.of("schemeCode", "strand", "kind", "version", "createdAt", "createdBy", "replacedAt")) {
                assertTrue(content.containsKey(field), field + " missing from " + content.keySet());
            }
            assertEquals(List.of("Weekly curfew checks"), section.getList("records[0].content.actions.text"));
            assertEquals(List.of("Weekly curfew checks", "Supported housing place"), section.getList("records[1].content.actions.text"),
                    "the open action carried over and the one raised at the conference");
            assertEquals(List.of("police", "housing"), section.getList("records[1].content.actions.agency"));
            assertEquals(conference, section.getString("records[1].content.actions[1].raisedAtConference"));

            Map<String, Object> item = section.getMap("records[2]");
            assertEquals(conference + "/1", item.get("id"));
            assertEquals("cora.coordinator", item.get("source"));
            assertEquals("A released on licence; no fixed abode", section.getString("records[2].content.discussion"));
            assertEquals("2010-09-09", section.getString("records[2].content.conferenceHeldOn"));
            assertTrue(section.getString("records[2].content.conferenceSchemeCode").startsWith("S"));
            assertEquals(1, section.getList("records[2].content.raisedActions").size());

            String bSection = section(b, null, null).prettify();
            assertFalse(bSection.contains(replaced) || bSection.contains(active) || bSection.contains("A released"), bSection);
        }

        @Test
        void includeTheDisclosuresOfThePersonFromTheAuditTrailAndAreAuditedThemselves() {
            section(a, null, null);
            JsonPath section = section(a, null, null);
            List<String> actions = section.getList("disclosures.action");
            assertTrue(actions.containsAll(List.of("SUBJECT_ACCESS")), actions.toString());
            assertTrue(section.getList("disclosures.username").contains("cora.coordinator"), section.prettify());
            Map<String, Object> access = section.getMap("disclosures.find { it.action == 'SUBJECT_ACCESS' }");
            assertEquals("offender-service", access.get("client"));
            assertEquals("service-account-offender-service", access.get("username"));
            assertEquals("data-protection-service", access.get("roles"));
            assertTrue(access.containsKey("requestId") && access.containsKey("purpose") && access.containsKey("agency") && access.get("at") != null);
        }

        @Test
        void areFilteredByTheirDateWithinFromAndToInclusive() {
            assertEquals(List.of("ppo-plan", "ppo-plan"), section(a, TODAY, TODAY).getList("records.kind"));
            JsonPath old = section(a, "2010-09-09", "2010-09-09");
            assertEquals(List.of("conference-item"), old.getList("records.kind"));
            assertEquals(List.of(), old.getList("disclosures"), "every disclosure was made today");
            assertEquals(List.of(), section(a, "2010-09-10", "2011-01-01").getList("records"));
        }

        @Test
        void ofAPersonTheServiceHoldsNothingAboutAreEmpty() {
            UUID stranger = UUID.randomUUID();
            given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, stranger).then().statusCode(200)
                    .body("personId", is(stranger.toString())).body("records", empty()).body("disclosures", empty());
        }

        @Test
        void badIdsAndDatesAreNamed400Problems() {
            given().auth().oauth2(OFFENDER_SERVICE).get(RECORDS, "not-a-uuid").then().spec(Problems.problem(400))
                    .body("violations[0].field", is("personId"));
            given().auth().oauth2(OFFENDER_SERVICE).queryParam("to", "31/12/2010").get(RECORDS, a).then().spec(Problems.problem(400))
                    .body("violations[0].field", is("to"));
            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, "not-a-uuid").then().spec(Problems.problem(400))
                    .body("violations[0].field", is("personId"));
        }
    }

    @Nested
    class Disposal {

        @Test
        void deletesThePlansAndTheItemsKeepsTheConferenceAndOthersItemsInOrderAndTheAuditTrailAndIsIdempotent() {
            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, a).then().statusCode(200).contentType(ContentType.JSON)
                    .body("service", is("action-plan-service")).body("personId", is(a.toString()))
                    .body("disposed", is(Map.of("ppo-plan", 2, "conference-item", 1)));

            JsonPath after = section(a, null, null);
            assertEquals(List.of(), after.getList("records"));
            assertTrue(after.getList("disclosures.action").contains("DISPOSAL"), after.prettify());
            assertTrue(after.getList("disclosures.username").contains("cora.coordinator"), "the reads before disposal are kept");
            assertEquals("ppo-plan=2 conference-item=1", after.getString("disclosures.find { it.action == 'DISPOSAL' }.detail"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", active).then().statusCode(404);
            given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", replaced).then().statusCode(404);

            given().auth().oauth2(COORDINATOR).get(CONFERENCES + "/{id}", conference).then().statusCode(200)
                    .header("ETag", "\"4\"")
                    .body("items.offenderId", contains(b.toString(), b.toString()))
                    .body("items.discussion", contains("B settled in supported housing", "B back in touch with DIP"));
            given().auth().oauth2(COORDINATOR).get("/api/v1/ppo-plans/{id}", bPlan).then().statusCode(200);
            assertEquals(List.of("ppo-plan", "conference-item", "conference-item"), section(b, null, null).getList("records.kind"));

            given().auth().oauth2(OFFENDER_SERVICE).delete(PERSON, a).then().statusCode(200)
                    .body("disposed", is(Map.of("ppo-plan", 0, "conference-item", 0)));
        }
    }

    @Nested
    class Security {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"admin", "data-protection-officer", "coordinator", "offender-manager", "auditor", "analyst",
                "officer", "partner-system", "scope-lookup"})
        void everyOtherRoleIs403AndNothingIsReadOrDeleted(String role) {
            String token = TestTokens.user("someone." + role).roles(role).token();
            given().auth().oauth2(token).get(RECORDS, a).then().spec(Problems.problem(403));
            given().auth().oauth2(token).delete(PERSON, a).then().spec(Problems.problem(403));
            assertEquals(3, section(a, null, null).getList("records").size());
        }

        @Test
        void withoutATokenIs401() {
            given().get(RECORDS, a).then().statusCode(401);
            given().delete(PERSON, a).then().statusCode(401);
            assertEquals(3, section(a, null, null).getList("records").size());
        }
    }

    static String plan(UUID person, String strand) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenderId", person.toString(), "strand", strand))
                .post("/api/v1/ppo-plans").then().statusCode(201).extract().path("id");
    }

    void item(UUID person, String version, String discussion, List<Map<String, Object>> actions) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("offenderId", person.toString(), "discussion", discussion, "actions", actions))
                .post(CONFERENCES + "/{id}/items", conference).then().statusCode(201);
    }
}
