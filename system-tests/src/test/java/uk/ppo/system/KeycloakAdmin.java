package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The real Keycloak's admin REST API, as the system tests use it to make principals the sample realm
 * does not have: users of a role limited to a scheme the test made, users without a {@code schemes}
 * attribute, and a partner client whose tokens carry no {@code schemes} claim.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    static RequestSpecification admin() {
        String token = keycloak().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "ppo-local")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return keycloak().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification keycloak() {
        return given().baseUri(RunningSuite.suite().config().keycloakUrl()).port(RunningSuite.suite().config().keycloakPort());
    }

    /** A password the realm's policy accepts, never the username. */
    static String password() {
        return "Pw-" + UUID.randomUUID() + "-x";
    }

    /**
     * Creates a user with one realm role and the given attributes (a null scheme list: no {@code schemes}
     * attribute at all) and returns a fresh access token for them (password grant on ppo-cli).
     */
    static String userToken(String username, String role, String agency, List<String> schemes) {
        String password = password();
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("firstName", "Test");
        user.put("lastName", username.replace('.', ' '));
        user.put("email", username + "@example.test");
        user.put("emailVerified", true);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("agency", List.of(agency));
        if (schemes != null) {
            attributes.put("schemes", schemes);
        }
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        admin().body(user).post("/admin/realms/ppo/users").then().statusCode(201);
        String id = admin().queryParam("username", username).queryParam("exact", true).get("/admin/realms/ppo/users")
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> roleRep = admin().get("/admin/realms/ppo/roles/{role}", role).then().statusCode(200).extract().as(Map.class);
        admin().body(List.of(roleRep)).post("/admin/realms/ppo/users/{id}/role-mappings/realm", id).then().statusCode(204);
        return keycloak().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "ppo-cli")
                .formParam("username", username).formParam("password", password)
                .post("/realms/ppo/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /**
     * A copy of an existing confidential client (its roles, scopes and mappers) under a new id, minus
     * anything that would give its tokens a {@code schemes} claim; returns a client-credentials token.
     */
    @SuppressWarnings("unchecked")
    static String clientWithoutSchemesToken(String template, String clientId) {
        Map<String, Object> original = admin().queryParam("clientId", template).get("/admin/realms/ppo/clients")
                .then().statusCode(200).extract().path("[0]");
        Map<String, Object> copy = new HashMap<>(original);
        copy.remove("id");
        copy.put("clientId", clientId);
        copy.put("name", clientId);
        String secret = password();
        copy.put("secret", secret);
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) copy.getOrDefault("protocolMappers", List.of());
        copy.put("protocolMappers", mappers.stream()
                .filter(m -> !"schemes".equals(((Map<String, Object>) m.getOrDefault("config", Map.of())).get("claim.name")))
                .map(m -> {
                    Map<String, Object> mapper = new HashMap<>(m);
                    mapper.remove("id");
                    return mapper;
                })
                .toList());
        admin().body(copy).post("/admin/realms/ppo/clients").then().statusCode(201);
        String id = admin().queryParam("clientId", clientId).get("/admin/realms/ppo/clients").then().extract().path("[0].id");
        String originalId = (String) original.get("id");
        // the service account's realm roles and the client's role scope, as the template has them
        String templateUser = admin().get("/admin/realms/ppo/clients/{id}/service-account-user", originalId).then().extract().path("id");
        String user = admin().get("/admin/realms/ppo/clients/{id}/service-account-user", id).then().statusCode(200).extract().path("id");
        List<Map<String, Object>> roles = admin().get("/admin/realms/ppo/users/{id}/role-mappings/realm", templateUser)
                .then().statusCode(200).extract().as(List.class);
        admin().body(roles).post("/admin/realms/ppo/users/{id}/role-mappings/realm", user).then().statusCode(204);
        List<Map<String, Object>> scope = admin().get("/admin/realms/ppo/clients/{id}/scope-mappings/realm", originalId)
                .then().statusCode(200).extract().as(List.class);
        if (!scope.isEmpty()) {
            admin().body(scope).post("/admin/realms/ppo/clients/{id}/scope-mappings/realm", id).then().statusCode(204);
        }
        return RunningSuite.clientToken(clientId, secret);
    }
}
