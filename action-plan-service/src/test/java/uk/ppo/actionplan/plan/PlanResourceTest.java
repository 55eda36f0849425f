package uk.ppo.actionplan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.Problems;
import uk.ppo.common.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "action_plan"))
@QuarkusTestResource(OidcTestResource.class)
class PlanResourceTest {

    private static final String PLANS = "/api/v1/plans";
    private static final String COORDINATOR = TestTokens.user("cora.coordinator").roles("coordinator").agency("council").token();
    private static final String ANALYST = TestTokens.forRole("analyst");

    static String freshPartnership() {
        return "Partnership " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static Map<String, Object> plan(String partnership, String financialYear) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Community Safety Agreement " + financialYear);
        body.put("partnership", partnership);
        body.put("financialYear", financialYear);
        return body;
    }

    @Nested
    class Create {

        @Test
        void aCoordinatorCreatesADraftThatCanThenBeReadAndListed() {
            String partnership = freshPartnership();
            String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan(partnership, "2010/11"))
                    .when().post(PLANS)
                    .then().statusCode(201)
                    .header("Location", containsString(PLANS + "/"))
                    .body("partnership", equalTo(partnership))
                    .body("financialYear", equalTo("2010/11"))
                    .body("status", equalTo("DRAFT"))
                    .body("version", equalTo(0))
                    .body("createdBy", equalTo("cora.coordinator"))
                    .extract().path("id");

            given().auth().oauth2(ANALYST)
                    .when().get(PLANS + "/{id}", id)
                    .then().statusCode(200)
                    .body("title", equalTo("Community Safety Agreement 2010/11"))
                    .body("partnership", equalTo(partnership))
                    .body("status", equalTo("DRAFT"));

            given().auth().oauth2(ANALYST).queryParam("size", 500)
                    .when().get(PLANS)
                    .then().statusCode(200)
                    .body("items.partnership", hasItem(partnership));
        }

        @Test
        void adminsCreatePlansToo() {
            given().auth().oauth2(TestTokens.forRole("admin")).contentType(ContentType.JSON)
                    .body(plan(freshPartnership(), "2011/12"))
                    .when().post(PLANS)
                    .then().statusCode(201).body("createdBy", equalTo("test.admin"));
        }

        @Test
        void aDuplicateIsAConflictNamingTheFieldAndStoresNothing() {
            String partnership = freshPartnership();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan(partnership, "2010/11"))
                    .post(PLANS).then().statusCode(201);
            long before = total();

            Map<String, Object> again = plan(" " + partnership + " ", "2010/11");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(again)
                    .when().post(PLANS)
                    .then().spec(Problems.problem(409))
                    .body("type", equalTo("urn:ppo:problem:conflict"))
                    .body("violations[0].field", equalTo("title"));
            assertEquals(before, total(), "a rejected duplicate must not be stored");
        }

        @Test
        void theSameTitleIsAllowedForAnotherYearOrPartnership() {
            String partnership = freshPartnership();
            Map<String, Object> body = plan(partnership, "2010/11");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(201);

            body.put("financialYear", "2011/12");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(201);

            body.put("partnership", freshPartnership());
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).post(PLANS).then().statusCode(201);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2010/11", "1999/00", "2024/25", "1900/01", "2998/99"})
        void aYearFollowedByTheNextIsAFinancialYear(String financialYear) {
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan(freshPartnership(), financialYear))
                    .when().post(PLANS)
                    .then().statusCode(201).body("financialYear", equalTo(financialYear));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2010/12", "2010/10", "2010-11", "10/11", "2010/2011", "2010", "", "1850/51", "1899/00", "2999/00"})
        void anythingElseIsRejectedNamingFinancialYear(String financialYear) {
            long before = total();
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan(freshPartnership(), financialYear))
                    .when().post(PLANS)
                    .then().spec(Problems.invalidInput("financialYear"))
                    .body("violations[0].message", containsString("2010/11"));
            assertEquals(before, total(), "a rejected plan must not be stored");
        }

        @Test
        void invalidFieldsAreNamedInTheProblem() {
            long before = total();
            Map<String, Object> body = new HashMap<>();
            body.put("title", " ");
            body.put("partnership", "p".repeat(201));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                    .when().post(PLANS)
                    .then().spec(Problems.problem(400))
                    .body("violations.field", hasItem("title"))
                    .body("violations.field", hasItem("partnership"))
                    .body("violations.field", hasItem("financialYear"))
                    .body("requestId", notNullValue());
            assertEquals(before, total());
        }

        @Test
        void anUnknownFieldAndMalformedJsonAreA400ProblemNotA500() {
            Map<String, Object> body = plan(freshPartnership(), "2010/11");
            body.put("status", "APPROVED");
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                    .when().post(PLANS)
                    .then().statusCode(400).body("violations[0].field", equalTo("status"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body("{\"title\": ")
                    .when().post(PLANS)
                    .then().spec(Problems.problem(400))
                    .body("violations[0].field", equalTo("body"));
        }

        @Test
        void onlyCoordinatorsAndAdminsCreatePlans() {
            long before = total();
            for (String role : new String[] {"analyst", "partner-system", "offender-manager"}) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                        .body(plan(freshPartnership(), "2010/11"))
                        .when().post(PLANS)
                        .then().spec(Problems.problem(403));
            }
            assertEquals(before, total());
        }
    }

    @Nested
    class Read {

        @Test
        void everyReadRoleCanList() {
            for (String role : new String[] {"coordinator", "admin", "analyst", "partner-system", "offender-manager"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(PLANS)
                        .then().statusCode(200).body("page", equalTo(0));
            }
        }

        @Test
        void anUnknownPlanIs404Problem() {
            given().auth().oauth2(ANALYST).when().get(PLANS + "/{id}", UUID.randomUUID())
                    .then().spec(Problems.notFound());
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401Problem() {
            given().when().get(PLANS)
                    .then().spec(Problems.tokenRequired());
        }

        @Test
        void officersAndAuditorsCannotReadPlans() {
            for (String role : new String[] {"officer", "auditor"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(PLANS)
                        .then().spec(Problems.problem(403));
            }
        }
    }

    private static long total() {
        return ((Number) given().auth().oauth2(ANALYST).get(PLANS)
                .then().statusCode(200).extract().path("total")).longValue();
    }
}
