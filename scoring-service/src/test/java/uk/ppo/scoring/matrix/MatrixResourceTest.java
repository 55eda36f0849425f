package uk.ppo.scoring.matrix;

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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "scoring"))
@QuarkusTestResource(OidcTestResource.class)
class MatrixResourceTest {

    private static final String MATRICES = "/api/v1/scoring/matrices";
    private static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    private static final String ANALYST = TestTokens.forRole("analyst");

    static String freshName() {
        return "Matrix " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static Map<String, Object> matrix(String name, Object lookBackMonths) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Weights acquisitive offences more heavily");
        body.put("lookBackMonths", lookBackMonths);
        return body;
    }

    @Nested
    class Create {

        @Test
        void adminDraftsAVersionThatCanThenBeReadAndListed() {
            String name = freshName();
            String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(name, 18))
                    .when().post(MATRICES)
                    .then().statusCode(201)
                    .header("Location", containsString(MATRICES + "/"))
                    .body("name", equalTo(name))
                    .body("lookBackMonths", equalTo(18))
                    .body("status", equalTo("DRAFT"))
                    .body("version", equalTo(0))
                    .body("createdBy", equalTo("ada.admin"))
                    .extract().path("id");

            given().auth().oauth2(ANALYST)
                    .when().get(MATRICES + "/{id}", id)
                    .then().statusCode(200)
                    .body("name", equalTo(name))
                    .body("description", equalTo("Weights acquisitive offences more heavily"))
                    .body("status", equalTo("DRAFT"));

            given().auth().oauth2(ANALYST).queryParam("size", 500)
                    .when().get(MATRICES)
                    .then().statusCode(200)
                    .body("items.name", hasItem(name));
        }

        @Test
        void eachDraftGetsTheNextVersionNumber() {
            int first = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(freshName(), 12))
                    .post(MATRICES).then().statusCode(201).extract().path("versionNumber");
            int second = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(freshName(), 12))
                    .post(MATRICES).then().statusCode(201).extract().path("versionNumber");

            assertTrue(first > 1, "version 1 is the seeded default");
            assertEquals(first + 1, second);
        }

        @Test
        void aBlankDescriptionIsStoredAsNone() {
            Map<String, Object> body = matrix(freshName(), 6);
            body.put("description", "   ");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post(MATRICES)
                    .then().statusCode(201).body("description", nullValue());
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 60})
        void theLookBackBoundsAreAccepted(int months) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(freshName(), months))
                    .when().post(MATRICES)
                    .then().statusCode(201).body("lookBackMonths", equalTo(months));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 61, -12})
        void aLookBackOutside1To60MonthsIsRejectedAndNothingStored(int months) {
            long before = total();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(freshName(), months))
                    .when().post(MATRICES)
                    .then().spec(Problems.invalidInput("lookBackMonths"));
            assertEquals(before, total(), "a rejected draft must not be stored");
        }

        @Test
        void invalidFieldsAreNamedInTheProblem() {
            long before = total();
            Map<String, Object> body = new HashMap<>();
            body.put("name", "");
            body.put("description", "x".repeat(1001));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post(MATRICES)
                    .then().spec(Problems.problem(400))
                    .body("violations.field", hasItem("name"))
                    .body("violations.field", hasItem("description"))
                    .body("violations.field", hasItem("lookBackMonths"))
                    .body("requestId", notNullValue());
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix("x".repeat(121), 12))
                    .when().post(MATRICES)
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("name"));
            assertEquals(before, total());
        }

        @Test
        void aWrongTypeAndMalformedJsonAreA400ProblemNotA500() {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"name\": \"n\", \"lookBackMonths\": \"a year\"}")
                    .when().post(MATRICES)
                    .then().statusCode(400).body("violations[0].field", equalTo("lookBackMonths"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                    .when().post(MATRICES)
                    .then().spec(Problems.problem(400))
                    .body("violations[0].field", equalTo("body"));
        }

        @Test
        void onlyAdminsDraftMatrices() {
            long before = total();
            for (String role : new String[] {"coordinator", "analyst", "partner-system"}) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON).body(matrix(freshName(), 12))
                        .when().post(MATRICES)
                        .then().spec(Problems.problem(403));
            }
            assertEquals(before, total());
        }
    }

    @Nested
    class Read {

        @Test
        void theSeededDefaultIsVersionOneAndActive() {
            given().auth().oauth2(ANALYST).queryParam("size", 1)
                    .when().get(MATRICES)
                    .then().statusCode(200)
                    .body("items[0].versionNumber", equalTo(1))
                    .body("items[0].name", equalTo("Home Office PPO prioritisation matrix (default)"))
                    .body("items[0].lookBackMonths", equalTo(12))
                    .body("items[0].status", equalTo("ACTIVE"))
                    .body("items[0].createdBy", equalTo("system"));
        }

        @Test
        void everyReadRoleCanList() {
            for (String role : new String[] {"admin", "coordinator", "analyst", "partner-system", "offender-manager"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(MATRICES)
                        .then().statusCode(200).body("page", equalTo(0));
            }
        }

        @Test
        void anUnknownVersionIs404Problem() {
            given().auth().oauth2(ANALYST).when().get(MATRICES + "/{id}", UUID.randomUUID())
                    .then().spec(Problems.notFound());
        }
    }

    @Nested
    class RulesAndActivation {

        @Test
        void givenRulesOverrideTheDefaultAndTheRestIsKept() {
            Map<String, Object> body = matrix(freshName(), 12);
            body.put("categories", Map.of("ROBBERY", Map.of("points", 7, "multiplier", 1)));
            body.put("statusWeights", Map.of("SUSPECTED", 0));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post(MATRICES)
                    .then().statusCode(201)
                    .body("rules.categories.ROBBERY.points", equalTo(7))
                    .body("rules.categories.BURGLARY_DWELLING_SERIES.multiplier", equalTo(6))
                    .body("rules.statusWeights.SUSPECTED", equalTo(0))
                    .body("rules.statusWeights.CONVICTED", equalTo(1))
                    .body("rules.intelligenceBands[1].to", equalTo(56))
                    .body("used", equalTo(false));
        }

        @Test
        void overlappingOrGappedBandsAndNegativePointsAreRejectedAndNothingStored() {
            long before = total();
            Map<String, Object> overlap = matrix(freshName(), 12);
            overlap.put("intelligenceBands", java.util.List.of(Map.of("from", 0, "to", 28, "points", 5),
                    Map.of("from", 20, "to", 56, "points", 3), new HashMap<>(Map.of("from", 57, "points", 1))));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(overlap).when().post(MATRICES)
                    .then().spec(Problems.problem(400))
                    .body("violations.field", hasItem("intelligenceBands[1].from"));
            Map<String, Object> gap = matrix(freshName(), 12);
            gap.put("serialBands", java.util.List.of(Map.of("from", 0, "to", 1, "points", 0), new HashMap<>(Map.of("from", 3, "points", 3))));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(gap).when().post(MATRICES)
                    .then().statusCode(400).body("violations.field", hasItem("serialBands[1].from"));
            Map<String, Object> negative = matrix(freshName(), 12);
            negative.put("victimPoints", Map.of("ELDERLY", -5));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(negative).when().post(MATRICES)
                    .then().statusCode(400).body("violations.field", hasItem("victimPoints.ELDERLY"));
            // the console shows this field and these words beside the category (admin-console problem.ts)
            Map<String, Object> multiplier = matrix(freshName(), 12);
            multiplier.put("categories", Map.of("BURGLARY_DWELLING_SERIES", Map.of("points", 5, "multiplier", 101)));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(multiplier).when().post(MATRICES)
                    .then().statusCode(400).body("violations.find { it.field == 'categories.BURGLARY_DWELLING_SERIES.multiplier' }.message",
                            org.hamcrest.Matchers.equalTo("must be between 1 and 100"));
            Map<String, Object> unknown = matrix(freshName(), 12);
            unknown.put("categories", Map.of("BURGLARY_SHED", Map.of("points", 1, "multiplier", 1)));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unknown).when().post(MATRICES)
                    .then().statusCode(400);
            assertEquals(before, total());
        }

        @Test
        void aDraftCanBeRevisedUntilActivatedForASchemeThenItIsImmutableAndScoresThere() {
            // a scheme offender-service knows: an evaluation naming a scheme is checked against the caller's scope
            String scheme = uk.ppo.scoring.support.OffenderScopes.scheme("HASTINGS").toString();
            String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(matrix(freshName(), 12))
                    .post(MATRICES).then().statusCode(201).extract().path("id");
            int number = given().auth().oauth2(ANALYST).get(MATRICES + "/{id}", id).then().extract().path("versionNumber");

            Map<String, Object> revised = matrix(freshName(), 6);
            revised.put("categories", Map.of("ROBBERY", Map.of("points", 9, "multiplier", 1)));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(revised)
                    .put(MATRICES + "/{id}", id).then().statusCode(412);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(revised)
                    .put(MATRICES + "/{id}", id).then().statusCode(200)
                    .body("lookBackMonths", equalTo(6)).body("rules.categories.ROBBERY.points", equalTo(9));

            given().auth().oauth2(TestTokens.forRole("coordinator")).contentType(ContentType.JSON).body(Map.of("schemeId", scheme))
                    .post(MATRICES + "/{id}/activations", id).then().statusCode(403);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("schemeId", scheme))
                    .post(MATRICES + "/{id}/activations", id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("used", equalTo(true));

            given().auth().oauth2(ANALYST).queryParam("schemeId", scheme).get(MATRICES + "/active").then().statusCode(200)
                    .body("schemeSpecific", equalTo(true)).body("matrix.versionNumber", equalTo(number));
            // an id that is blank (NUL trims to nothing) is a bad id, not a missing one: never a global activation
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"schemeId\":\"\\u0000\"}")
                    .post(MATRICES + "/{id}/activations", id).then().spec(Problems.problem(400));
            given().auth().oauth2(ANALYST).get(MATRICES + "/active").then().statusCode(200).body("matrix.versionNumber", equalTo(1));
            // a scheme's settings are the scheme's: out of scope answers as an unknown scheme does
            String elsewhere = TestTokens.user("ann.analyst").roles("analyst").schemes("EASTBOURNE").token();
            given().auth().oauth2(elsewhere).queryParam("schemeId", scheme).get(MATRICES + "/active").then().statusCode(404)
                    .body("detail", equalTo("No scheme " + scheme));
            given().auth().oauth2(TestTokens.user("ada.admin").roles("admin").schemes("EASTBOURNE").token())
                    .contentType(ContentType.JSON).body(Map.of("schemeId", scheme))
                    .post(MATRICES + "/{id}/activations", id).then().statusCode(404);
            given().auth().oauth2(ANALYST).get(MATRICES + "/active").then().statusCode(200)
                    .body("schemeSpecific", equalTo(false)).body("matrix.versionNumber", equalTo(1));

            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(matrix(freshName(), 12))
                    .put(MATRICES + "/{id}", id).then().spec(Problems.problem(409));

            Map<String, Object> evaluation = new HashMap<>();
            evaluation.put("asOf", java.time.LocalDate.now().minusDays(1).toString());
            evaluation.put("offences", java.util.List.of(Map.of("category", "ROBBERY", "status", "CONVICTED",
                    "offenceDate", java.time.LocalDate.now().minusMonths(3).toString())));
            evaluation.put("schemeId", scheme);
            given().auth().oauth2(TestTokens.forRole("coordinator")).contentType(ContentType.JSON).body(evaluation)
                    .post("/api/v1/scoring/evaluations").then().statusCode(200)
                    .body("matrixVersion", equalTo(number)).body("total", equalTo(9 + 5));
            evaluation.remove("schemeId");
            given().auth().oauth2(TestTokens.forRole("coordinator")).contentType(ContentType.JSON).body(evaluation)
                    .post("/api/v1/scoring/evaluations").then().statusCode(200)
                    .body("matrixVersion", equalTo(1)).body("total", equalTo(5 + 5));
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401Problem() {
            given().when().get(MATRICES)
                    .then().spec(Problems.tokenRequired());
            given().contentType(ContentType.JSON).body(matrix(freshName(), 12)).when().post(MATRICES)
                    .then().spec(Problems.problem(401));
        }

        @Test
        void officersAndAuditorsCannotReadMatrices() {
            for (String role : new String[] {"officer", "auditor"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(MATRICES)
                        .then().spec(Problems.problem(403));
            }
        }

        @Test
        void aTokenForAnotherAudienceIs401() {
            String otherAudience = TestTokens.user("x").roles("admin").audience("another-api").token();
            given().auth().oauth2(otherAudience).when().get(MATRICES)
                    .then().spec(Problems.problem(401));
        }
    }

    private static long total() {
        return ((Number) given().auth().oauth2(ANALYST).get(MATRICES)
                .then().statusCode(200).extract().path("total")).longValue();
    }
}
