package uk.ppo.common.testing;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/**
 * The data-protection API offender-service calls on every service holding records about people (subject access and
 * disposal of one person), as a {@code @QuarkusTest} of the service: its document names both answers' schemas, and a
 * test reads a person's section as offender-service's client does. Each service extends this with what it holds.
 */
public abstract class DataProtectionApiContract {

    /** offender-service's client as Keycloak issues its token: role data-protection-service, no schemes claim. */
    public static final String OFFENDER_SERVICE = TestTokens.user("service-account-offender-service").roles("data-protection-service")
            .client("offender-service").noSchemes().token();
    public static final String RECORDS = "/api/v1/data-protection/people/{id}/records";
    public static final String PERSON = "/api/v1/data-protection/people/{id}";

    /** A person's records section, as offender-service reads it, between two dates when given. */
    public static JsonPath section(UUID person, String from, String to) {
        var request = given().auth().oauth2(OFFENDER_SERVICE);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get(RECORDS, person).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void theApiDocumentDescribesBothOperationsWithNamedSchemas() {
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/data-protection/people/{personId}/records'.get.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/PersonRecordsSection"))
                .body("paths.'/api/v1/data-protection/people/{personId}'.delete.responses.'200'.content.'application/json'.schema.$ref",
                        is("#/components/schemas/DisposalReceipt"))
                .body("components.schemas.keySet()", hasItems("HeldRecord", "Disclosure"));
    }
}
