package uk.ppo.hotspot.area;

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

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "schema", value = "hotspot"))
@QuarkusTestResource(OidcTestResource.class)
class AreaResourceTest {

    private static final String AREAS = "/api/v1/areas";
    private static final String ADMIN = TestTokens.user("ada.admin").roles("admin").agency("council").token();
    private static final String ANALYST = TestTokens.forRole("analyst");

    static String freshCode() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static Map<String, Object> area(String code, String type, String parentCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Area " + code);
        body.put("type", type);
        body.put("parentCode", parentCode);
        body.put("population", 90990);
        body.put("latitude", 50.86742);
        body.put("longitude", 0.56797);
        return body;
    }

    /** Creates an area and returns its code. */
    static String created(String type, String parentCode) {
        String code = freshCode();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(area(code, type, parentCode))
                .when().post(AREAS)
                .then().statusCode(201);
        return code;
    }

    static void rejectedForParent(Map<String, Object> body, String message) {
        long before = total();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post(AREAS)
                .then().spec(Problems.invalidInput("parentCode"))
                .body("violations[0].message", containsString(message));
        assertEquals(before, total(), "a rejected area must not be stored");
        given().auth().oauth2(ANALYST).when().get(AREAS + "/{code}", body.get("code")).then().statusCode(404);
    }

    @Nested
    class Create {

        @Test
        void adminCreatesAnAreaThatCanThenBeReadAndListed() {
            String county = created("COUNTY", null);
            String code = freshCode();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(area(code, "DISTRICT", county))
                    .when().post(AREAS)
                    .then().statusCode(201)
                    .header("Location", containsString(AREAS + "/" + code))
                    .body("code", equalTo(code))
                    .body("type", equalTo("DISTRICT"))
                    .body("parentCode", equalTo(county))
                    .body("version", equalTo(0));

            given().auth().oauth2(ANALYST)
                    .when().get(AREAS + "/{code}", code)
                    .then().statusCode(200)
                    .body("name", equalTo("Area " + code))
                    .body("parentCode", equalTo(county))
                    .body("population", equalTo(90990))
                    .body("latitude", equalTo(50.86742f))
                    .body("longitude", equalTo(0.56797f));

            given().auth().oauth2(ANALYST).queryParam("size", 500)
                    .when().get(AREAS)
                    .then().statusCode(200)
                    .body("items.code", hasItem(code))
                    .body("items.code", hasItem(county));
        }

        @Test
        void theWholeHierarchyCanBeBuiltCountyToLsoa() {
            String county = created("COUNTY", null);
            String district = created("DISTRICT", county);
            String ward = created("WARD", district);
            String lsoa = created("LSOA", ward);

            given().auth().oauth2(ANALYST).when().get(AREAS + "/{code}", lsoa)
                    .then().statusCode(200).body("type", equalTo("LSOA")).body("parentCode", equalTo(ward));
            given().auth().oauth2(ANALYST).when().get(AREAS + "/{code}", county)
                    .then().statusCode(200).body("parentCode", nullValue());
        }

        @Test
        void aUnitaryDistrictNeedsNoCounty() {
            String code = freshCode();
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(area(code, "DISTRICT", null))
                    .when().post(AREAS)
                    .then().statusCode(201).body("parentCode", nullValue());
        }

        @Test
        void aParentMustBeOneLevelUp() {
            String county = created("COUNTY", null);
            String district = created("DISTRICT", county);
            String ward = created("WARD", district);

            rejectedForParent(area(freshCode(), "WARD", county), "must be a DISTRICT, not a COUNTY");
            rejectedForParent(area(freshCode(), "DISTRICT", district), "must be a COUNTY, not a DISTRICT");
            rejectedForParent(area(freshCode(), "LSOA", district), "must be a WARD, not a DISTRICT");
            rejectedForParent(area(freshCode(), "DISTRICT", ward), "must be a COUNTY, not a WARD");
        }

        @Test
        void aCountyHasNoParentAndWardsAndLsoasMustHaveOne() {
            String county = created("COUNTY", null);
            rejectedForParent(area(freshCode(), "COUNTY", county), "a COUNTY has no parent");
            rejectedForParent(area(freshCode(), "WARD", null), "needs a parent DISTRICT");
            rejectedForParent(area(freshCode(), "LSOA", null), "needs a parent WARD");
        }

        @Test
        void anUnknownParentCodeIsNamed() {
            String unknown = freshCode();
            rejectedForParent(area(freshCode(), "DISTRICT", unknown), "no area has code " + unknown);
        }

        @Test
        void aDuplicateCodeIsAConflictNamingTheFieldAndStoresNothing() {
            String code = created("COUNTY", null);
            long before = total();

            Map<String, Object> again = area(code, "COUNTY", null);
            again.put("name", "Another name");
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(again)
                    .when().post(AREAS)
                    .then().spec(Problems.problem(409))
                    .body("type", equalTo("urn:ppo:problem:conflict"))
                    .body("violations[0].field", equalTo("code"));
            assertEquals(before, total(), "a rejected duplicate must not be stored");
            given().auth().oauth2(ANALYST).when().get(AREAS + "/{code}", code)
                    .then().statusCode(200).body("name", equalTo("Area " + code));
        }

        @Test
        void invalidFieldsAreNamedInTheProblem() {
            long before = total();
            Map<String, Object> body = new HashMap<>();
            body.put("code", "e07 000062");
            body.put("name", " ");
            body.put("parentCode", "");
            body.put("population", -1);
            body.put("latitude", 90.5);
            body.put("longitude", -180.01);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post(AREAS)
                    .then().spec(Problems.problem(400))
                    .body("violations.field", hasItem("code"))
                    .body("violations.field", hasItem("name"))
                    .body("violations.field", hasItem("type"))
                    .body("violations.field", hasItem("parentCode"))
                    .body("violations.field", hasItem("population"))
                    .body("violations.field", hasItem("latitude"))
                    .body("violations.field", hasItem("longitude"))
                    .body("requestId", notNullValue());
            assertEquals(before, total());
        }

        @Test
        void theCoordinateAndPopulationBoundsAreAccepted() {
            Map<String, Object> body = area(freshCode(), "COUNTY", null);
            body.put("population", 0);
            body.put("latitude", -90);
            body.put("longitude", 180);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post(AREAS)
                    .then().statusCode(201).body("population", equalTo(0)).body("latitude", equalTo(-90.0f));
        }

        @Test
        void anUnknownTypeFailsParsingAndIsNamed() {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(area(freshCode(), "CITY", null))
                    .when().post(AREAS)
                    .then().spec(Problems.problem(400))
                    .body("violations[0].field", equalTo("type"))
                    .body("violations[0].message", equalTo("must be one of COUNTY, DISTRICT, WARD, LSOA"));
        }

        @Test
        void onlyAdminsCreateAreas() {
            long before = total();
            for (String role : new String[] {"coordinator", "analyst", "partner-system"}) {
                given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON)
                        .body(area(freshCode(), "COUNTY", null))
                        .when().post(AREAS)
                        .then().spec(Problems.problem(403));
            }
            assertEquals(before, total());
        }
    }

    @Nested
    class Read {

        @Test
        void theListCanBeFilteredByType() {
            String county = created("COUNTY", null);
            String district = created("DISTRICT", county);
            String ward = created("WARD", district);

            given().auth().oauth2(ANALYST).queryParam("type", "WARD").queryParam("size", 500)
                    .when().get(AREAS)
                    .then().statusCode(200)
                    .body("items.code", hasItem(ward))
                    .body("items.code", not(hasItem(district)))
                    .body("items.type", everyItem(equalTo("WARD")));
        }

        @Test
        void anUnknownTypeFilterIsA400NamingIt() {
            given().auth().oauth2(ANALYST).queryParam("type", "CITY")
                    .when().get(AREAS)
                    .then().spec(Problems.problem(400))
                    .body("violations[0].field", equalTo("type"))
                    .body("violations[0].message", equalTo("must be one of COUNTY, DISTRICT, WARD, LSOA"));
        }

        @Test
        void everyReadRoleCanList() {
            for (String role : new String[] {"analyst", "coordinator", "admin", "partner-system"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(AREAS)
                        .then().statusCode(200).body("page", equalTo(0));
            }
        }

        @Test
        void anUnknownCodeIs404Problem() {
            given().auth().oauth2(ANALYST).when().get(AREAS + "/{code}", freshCode())
                    .then().spec(Problems.notFound());
        }
    }

    @Nested
    class Access {

        @Test
        void noTokenIs401Problem() {
            given().when().get(AREAS)
                    .then().spec(Problems.tokenRequired());
        }

        @Test
        void officersAndOffenderManagersCannotReadAreas() {
            for (String role : new String[] {"officer", "offender-manager", "auditor"}) {
                given().auth().oauth2(TestTokens.forRole(role)).when().get(AREAS)
                        .then().spec(Problems.problem(403));
            }
        }
    }

    private static long total() {
        return ((Number) given().auth().oauth2(ANALYST).get(AREAS)
                .then().statusCode(200).extract().path("total")).longValue();
    }
}
