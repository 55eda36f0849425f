package uk.ppo.offender.scheme;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.ppo.common.testing.OidcTestResource;
import uk.ppo.common.testing.PostgresTestResource;
import uk.ppo.common.testing.Problems;
import uk.ppo.common.testing.TestTokens;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "offender"))
@QuarkusTestResource(OidcTestResource.class)
class SchemeResourceTest {

    private static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    private static final String COORDINATOR = TestTokens.forRole("coordinator");

    static String freshCode() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static Map<String, Object> scheme(String code) {
        return Map.of("code", code, "name", "Hastings PPO Scheme", "district", "Hastings", "county", "East Sussex");
    }

    @Nested
    class Update {

        private String create() {
            return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(scheme(freshCode()))
                    .post("/api/v1/schemes").then().statusCode(201).extract().path("id");
        }

        @Test
        void adminRenamesASchemeWithItsETagAndTheCodeStays() {
            String id = create();
            String code = given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{id}", id).then().extract().path("code");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("name", "Hastings and Rother PPO Scheme", "district", "Hastings and Rother", "county", "East Sussex"))
                    .when().put("/api/v1/schemes/{id}", id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("name", equalTo("Hastings and Rother PPO Scheme"))
                    .body("district", equalTo("Hastings and Rother"))
                    .body("code", equalTo(code))
                    .body("version", equalTo(1));
            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{id}", id).then()
                    .body("name", equalTo("Hastings and Rother PPO Scheme")).body("code", equalTo(code));
        }

        @Test
        void aStaleETagBadFieldsACodeChangeAndOtherRolesChangeNothing() {
            String id = create();
            Map<String, Object> rename = Map.of("name", "Renamed", "district", "Rother");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(rename)
                    .put("/api/v1/schemes/{id}", id).then().statusCode(200);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("name", "Lost update", "district", "Rother"))
                    .put("/api/v1/schemes/{id}", id).then().spec(Problems.problem(412)).body("violations[0].field", equalTo("If-Match"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", " ", "district", "Rother"))
                    .put("/api/v1/schemes/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("name"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("code", "NEWCODE", "name", "Renamed", "district", "Rother"))
                    .put("/api/v1/schemes/{id}", id).then().statusCode(400).body("violations[0].field", equalTo("code"));
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("name", "Mine now", "district", "Rother"))
                    .put("/api/v1/schemes/{id}", id).then().statusCode(403);
            given().contentType(ContentType.JSON).body(rename).put("/api/v1/schemes/{id}", id).then().statusCode(401);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(rename)
                    .put("/api/v1/schemes/{id}", java.util.UUID.randomUUID()).then().statusCode(404);

            given().auth().oauth2(COORDINATOR).get("/api/v1/schemes/{id}", id).then()
                    .body("name", equalTo("Renamed")).body("version", equalTo(1));
        }
    }

    @Nested
    class Create {

        @Test
        void adminCreatesASchemeThatCanThenBeReadAndListed() {
            String code = freshCode();
            String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(scheme(code))
                    .when().post("/api/v1/schemes")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/schemes/"))
                    .body("code", equalTo(code))
                    .body("district", equalTo("Hastings"))
                    .body("version", equalTo(0))
                    .extract().path("id");

            given().auth().oauth2(COORDINATOR)
                    .when().get("/api/v1/schemes/{id}", id)
                    .then().statusCode(200)
                    .body("code", equalTo(code))
                    .body("county", equalTo("East Sussex"));

            given().auth().oauth2(COORDINATOR).queryParam("size", 500)
                    .when().get("/api/v1/schemes")
                    .then().statusCode(200)
                    .body("items.code", hasItem(code));
        }

        @Test
        void aDuplicateCodeIsAConflictNamingTheFieldAndStoresNothing() {
            String code = freshCode();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(scheme(code))
                    .post("/api/v1/schemes").then().statusCode(201);
            long before = total();

            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(scheme(code))
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(409))
                    .body("type", equalTo("urn:ppo:problem:conflict"))
                    .body("violations[0].field", equalTo("code"));
            assertEquals(before, total(), "a rejected duplicate must not be stored");
        }

        @Test
        void invalidFieldsAreNamedInTheProblem() {
            long before = total();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("code", "hastings scheme", "name", "", "district", "Hastings"))
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(400))
                    .body("violations.field", hasItem("code"))
                    .body("violations.field", hasItem("name"))
                    .body("requestId", notNullValue());
            assertEquals(before, total(), "rejected input must not be stored");
        }

        @Test
        void malformedJsonIsA400ProblemNotA500() {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"code\": \"X1\", ")
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(400))
                    .body("violations[0].field", equalTo("body"));
        }

        @Test
        void rubbishAfterACompleteDocumentIsA400AndNothingIsStored() {
            long before = total();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"code\": \"TRAIL1\", \"name\": \"Trailing\", \"district\": \"Hastings\"} x")
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(400));
            assertEquals(before, total(), "a body with rubbish after it must not be stored");
        }

        @Test
        void aWrongTypeAndAnUnknownFieldAreNamed() {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"code\": [1], \"name\": \"n\", \"district\": \"d\"}")
                    .when().post("/api/v1/schemes")
                    .then().statusCode(400).body("violations[0].field", equalTo("code"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"code\": \"OK1\", \"name\": \"n\", \"district\": \"d\", \"colour\": \"red\"}")
                    .when().post("/api/v1/schemes")
                    .then().statusCode(400).body("violations[0].field", equalTo("colour"));
        }

        @Test
        void aMissingBodyIsA400() {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(400));
        }

        @Test
        void onlyAdminsCreateSchemes() {
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(scheme(freshCode()))
                    .when().post("/api/v1/schemes")
                    .then().spec(Problems.problem(403));
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401Problem() {
            given().when().get("/api/v1/schemes")
                    .then().spec(Problems.tokenRequired());
        }

        @Test
        void expiredWrongIssuerWrongAudienceAndGarbageTokensAre401() {
            String expired = TestTokens.user("x").roles("coordinator").expiresAt(Instant.now().minusSeconds(600)).token();
            String otherIssuer = TestTokens.user("x").roles("coordinator").issuer("https://evil.example/realms/ppo").token();
            String otherAudience = TestTokens.user("x").roles("coordinator").audience("another-api").token();
            for (String token : new String[] {expired, otherIssuer, otherAudience, "not-a-jwt", COORDINATOR + "x"}) {
                given().auth().oauth2(token).when().get("/api/v1/schemes")
                        .then().spec(Problems.problem(401));
            }
        }

        @Test
        void officersCannotListSchemes() {
            given().auth().oauth2(TestTokens.forRole("officer")).when().get("/api/v1/schemes")
                    .then().spec(Problems.problem(403));
        }

        @Test
        void anUnknownSchemeIs404Problem() {
            given().auth().oauth2(COORDINATOR).when().get("/api/v1/schemes/{id}", java.util.UUID.randomUUID())
                    .then().spec(Problems.problem(404));
        }

        @Test
        void pageSizeIsBounded() {
            given().auth().oauth2(COORDINATOR).queryParam("size", 5000).when().get("/api/v1/schemes")
                    .then().statusCode(400).body("violations[0].field", equalTo("size"));
        }
    }

    private static long total() {
        return ((Number) given().auth().oauth2(COORDINATOR).get("/api/v1/schemes")
                .then().statusCode(200).extract().path("total")).longValue();
    }
}
