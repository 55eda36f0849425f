package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed realm in the real Keycloak: who carries which entitlements, and that people cannot give
 * themselves any. A user made through Keycloak's admin API (with the realm's default roles, which include
 * the account client's manage-account) logs in with ppo-cli and tries to set or change their own
 * {@code schemes} and {@code agency} through Keycloak's Account REST API: the user profile refuses, and the
 * admin API shows nothing changed. Also: the password policy, the partner systems' and services' claims, and
 * that no client's token carries a role the client does not need.
 */
@ExtendWith(RunningSuite.class)
class RealmEntitlementsIT {

    private static final String USERS = "/admin/realms/ppo/users";
    private static final String ACCOUNT = "/realms/ppo/account";

    @Test
    void aNewUserCannotGiveThemselvesSchemesOrAnAgencyThroughTheAccountApi() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Tolerable-" + UUID.randomUUID();
        String id = createUser(username, password).then().statusCode(201).extract().header("Location")
                .replaceAll(".*/", "");

        String token = passwordToken(username, password);
        JsonPath claims = claims(token);
        assertNull(claims.get("schemes"), "a new user's token has no schemes claim: " + claims.prettify());
        assertNull(claims.get("agency"), "nor an agency");
        // the Account API accepts this token: its audience and the manage-account role come with the default roles
        assertTrue(claims.getList("resource_access.account.roles").contains("manage-account"), claims.prettify());

        JsonPath own = account(token).get(ACCOUNT).then().statusCode(200).extract().jsonPath();
        assertEquals(username, own.getString("username"));
        assertNull(own.get("attributes.schemes"), "the user cannot even see the attribute");

        Response refused = account(token).contentType(ContentType.JSON)
                .body(profile(username, "Changed", Map.of("schemes", List.of("*"), "agency", List.of("police"))))
                .post(ACCOUNT);
        refused.then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("schemes", "agency"))
                .body("errors.errorMessage", org.hamcrest.Matchers.everyItem(equalTo("error-user-attribute-read-only")));
        JsonPath stored = adminRead(id);
        assertNull(stored.get("attributes.schemes"), stored.prettify());
        assertNull(stored.get("attributes.agency"), stored.prettify());
        assertEquals("User", stored.getString("lastName"), "the refused update changed nothing");
        assertNull(claims(passwordToken(username, password)).get("schemes"));

        // an admin gives them Hastings; the user can neither widen it nor drop it, and their name edits still work
        admin().contentType(ContentType.JSON)
                .body(Map.of("attributes", Map.of("schemes", List.of("HASTINGS"), "agency", List.of("police")),
                        "firstName", "It", "lastName", "User", "email", username + "@ppo.test"))
                .put(USERS + "/" + id).then().statusCode(204);
        token = passwordToken(username, password);
        assertEquals(List.of("HASTINGS"), claims(token).getList("schemes"));
        account(token).contentType(ContentType.JSON)
                .body(profile(username, "Widened", Map.of("schemes", List.of("*"), "agency", List.of("probation"))))
                .post(ACCOUNT).then().statusCode(400);
        account(token).contentType(ContentType.JSON).body(profile(username, "Renamed", Map.of()))
                .post(ACCOUNT).then().statusCode(204);
        stored = adminRead(id);
        assertEquals("Renamed", stored.getString("lastName"));
        assertEquals(List.of("HASTINGS"), stored.getList("attributes.schemes"), stored.prettify());
        assertEquals(List.of("police"), stored.getList("attributes.agency"), stored.prettify());
        assertEquals(List.of("HASTINGS"), claims(passwordToken(username, password)).getList("schemes"));
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedAndNoUserIsMade() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "Short-pw-11").then().statusCode(400)
                .body("error", equalTo("invalidPasswordMinLengthMessage"));
        admin().queryParam("username", username).queryParam("exact", true).get(USERS)
                .then().statusCode(200).body("$", empty());
        // twelve is enough
        createUser(username, "Long-enough1").then().statusCode(201);
    }

    @Test
    void partnerSystemsCarryTheirOwnAgencyAndSchemes() {
        JsonPath police = claims(RunningSuite.clientToken("police-system", "police-system-local-secret"));
        assertEquals("police", police.getString("agency"));
        assertEquals(List.of("HASTINGS", "EASTBOURNE"), police.getList("schemes"));
        assertEquals(List.of("partner-system"), police.getList("realm_access.roles"));
        assertTrue(String.valueOf((Object) police.get("aud")).contains("ppo-api"));

        JsonPath probation = claims(RunningSuite.clientToken("probation-system", "probation-system-local-secret"));
        assertEquals("probation", probation.getString("agency"));
        assertEquals(List.of("*"), probation.getList("schemes"));
        assertEquals(List.of("partner-system"), probation.getList("realm_access.roles"));
    }

    @Test
    void samScopedSeesHastingsAndEverySampleUserHasExplicitSchemes() {
        assertEquals(List.of("HASTINGS"), claims(RunningSuite.tokenFor("sam.scoped")).getList("schemes"));
        for (String user : ApiDocument.USERS.values()) {
            assertEquals(List.of("*"), claims(RunningSuite.tokenFor(user)).getList("schemes"), user);
        }
    }

    @Test
    void onlyTheServicesOwnClientsCarryTheServiceRoles() {
        JsonPath scoring = claims(RunningSuite.clientToken("scoring-service", "scoring-service-local-secret"));
        assertEquals(List.of("scope-lookup", "scoring-feed"), scoring.getList("realm_access.roles", String.class).stream().sorted().toList());
        assertTrue(String.valueOf((Object) scoring.get("aud")).contains("ppo-api"));
        JsonPath actionPlan = claims(RunningSuite.clientToken("action-plan-service", "action-plan-service-local-secret"));
        assertEquals(List.of("conference-feed", "indicator-feed", "scope-lookup"), actionPlan.getList("realm_access.roles", String.class).stream().sorted().toList());
        assertTrue(String.valueOf((Object) actionPlan.get("aud")).contains("ppo-api"), actionPlan.prettify());
        assertEquals(List.of("*"), actionPlan.getList("schemes"));
        JsonPath offender = claims(RunningSuite.clientToken("offender-service", "offender-service-local-secret"));
        assertEquals(List.of("data-protection-service"), offender.getList("realm_access.roles"));
        assertTrue(String.valueOf((Object) offender.get("aud")).contains("ppo-api"), offender.prettify());

        Map<String, String> others = ApiDocument.tokensByRole();
        others.put("sam.scoped", RunningSuite.tokenFor("sam.scoped"));
        others.put("probation-system", RunningSuite.clientToken("probation-system", "probation-system-local-secret"));
        others.forEach((who, token) -> {
            List<String> roles = claims(token).getList("realm_access.roles");
            assertFalse(roles.contains("scoring-feed") || roles.contains("scope-lookup") || roles.contains("conference-feed") || roles.contains("indicator-feed")
                            || roles.contains("data-protection-service"),
                    who + ": " + roles);
        });
    }

    /** A person who holds a service role anyway (a mistake in the admin console) still gets none through ppo-cli. */
    @Test
    void aUserClientsTokenCarriesOnlyThePeoplesRolesWhateverTheUserHolds() {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Tolerable-" + UUID.randomUUID();
        String id = createUser(username, password).then().statusCode(201).extract().header("Location")
                .replaceAll(".*/", "");
        List<Map<String, Object>> roles = List.of(realmRole("coordinator"), realmRole("scoring-feed"), realmRole("partner-system"));
        admin().contentType(ContentType.JSON).body(roles).post(USERS + "/" + id + "/role-mappings/realm")
                .then().statusCode(204);
        admin().get(USERS + "/" + id + "/role-mappings/realm").then().statusCode(200)
                .body("name", hasItem("scoring-feed"));
        assertEquals(List.of("coordinator"), claims(passwordToken(username, password)).getList("realm_access.roles"));
    }

    private static Response createUser(String username, String password) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@ppo.test", "firstName", "It", "lastName", "User",
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(USERS);
    }

    private static Map<String, Object> realmRole(String name) {
        return RunningSuite.keycloak().auth().oauth2(RunningSuite.keycloakAdminToken())
                .get("/admin/realms/ppo/roles/{name}", name).then().statusCode(200).extract().as(Map.class);
    }

    private static JsonPath adminRead(String id) {
        return admin().get(USERS + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> profile(String username, String lastName, Map<String, List<String>> attributes) {
        return Map.of("username", username, "firstName", "It", "lastName", lastName, "email", username + "@ppo.test",
                "attributes", attributes);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return RunningSuite.keycloak().auth().oauth2(RunningSuite.keycloakAdminToken());
    }

    private static io.restassured.specification.RequestSpecification account(String token) {
        return RunningSuite.keycloak().auth().oauth2(token).accept(ContentType.JSON);
    }

    private static String passwordToken(String username, String password) {
        return RunningSuite.keycloak().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "ppo-cli")
                .formParam("username", username).formParam("password", password)
                .post("/realms/ppo/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
