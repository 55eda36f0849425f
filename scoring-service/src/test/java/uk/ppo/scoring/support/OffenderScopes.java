package uk.ppo.scoring.support;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.ppo.common.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

/**
 * offender-service's scope look-ups, as the tests set them through the {@link OffenderServiceStub}: which scheme
 * a person is in now, and a scheme's code. People and schemes not set here are unknown (WireMock answers 404).
 */
public final class OffenderScopes {

    private static WireMock offender;

    private OffenderScopes() {
    }

    public static synchronized WireMock offender() {
        if (offender == null) {
            offender = new WireMock("localhost", ConfigProvider.getConfig().getValue("ppo.test.offender-stub.port", Integer.class));
        }
        return offender;
    }

    /** The person is in this scheme now (registered again for a transfer: the newest registration answers). */
    public static UUID personIn(UUID personId, String schemeCode) {
        offender().register(get(urlEqualTo("/api/v1/entitlements/people/" + personId)).willReturn(okJson(
                "{\"personId\":\"" + personId + "\",\"schemeId\":\"" + UUID.nameUUIDFromBytes(schemeCode.getBytes())
                        + "\",\"schemeCode\":\"" + schemeCode + "\"}")));
        return personId;
    }

    public static UUID personIn(String schemeCode) {
        return personIn(UUID.randomUUID(), schemeCode);
    }

    /** A scheme offender-service knows, with this code. */
    public static UUID scheme(UUID schemeId, String schemeCode) {
        offender().register(get(urlEqualTo("/api/v1/entitlements/schemes/" + schemeId)).willReturn(okJson(
                "{\"schemeId\":\"" + schemeId + "\",\"schemeCode\":\"" + schemeCode + "\"}")));
        return schemeId;
    }

    public static UUID scheme(String schemeCode) {
        return scheme(UUID.randomUUID(), schemeCode);
    }

    /** A coordinator who may see only these schemes. */
    public static String coordinatorOf(String... schemes) {
        return TestTokens.user("sam.scoped").roles("coordinator").agency("police").schemes(schemes).token();
    }

    /**
     * A problem body with what legitimately differs between two requests taken out (request id, instance) and the
     * ids named in the detail replaced, so an out-of-scope answer can be compared whole with an unknown one.
     */
    public static Map<String, Object> shape(ExtractableResponse<Response> response, Object... ids) {
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap(""));
        body.remove("requestId");
        body.remove("instance");
        Object detail = body.get("detail");
        if (detail instanceof String d) {
            for (Object id : ids) {
                d = d.replace(String.valueOf(id), "{id}");
            }
            body.put("detail", d);
        }
        body.put("status", response.statusCode());
        body.put("contentType", response.contentType());
        return body;
    }

    /** The audit records of a person, as a (every-scheme) auditor reads them. */
    public static io.restassured.path.json.JsonPath auditOf(UUID personId) {
        return given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("personId", personId.toString())
                .queryParam("size", 200).get("/api/v1/scoring/audit").then().statusCode(200).extract().jsonPath();
    }
}
