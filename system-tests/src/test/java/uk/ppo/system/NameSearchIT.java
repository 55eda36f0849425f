package uk.ppo.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officers' lookup by name (issue 22, item 9) through the gateway with real Keycloak tokens: "Smith, John"
 * finds "Smyth, Jon", an officer of another scheme finds no one, an answer carries at most 10, every candidate
 * returned is audited, and a mobile app's token is limited in the mobile rate class.
 */
@ExtendWith(RunningSuite.class)
class NameSearchIT {

    static final String EASTBOURNE = PpoJourneyIT.EASTBOURNE;

    /** A birth date no other run uses, with a day/month swap (day 1-12, not the month). */
    static LocalDate freshBirthDate() {
        var random = ThreadLocalRandom.current();
        int month = random.nextInt(1, 13);
        int day = random.nextInt(1, 12);
        return LocalDate.of(random.nextInt(1940, 2000), month, day >= month ? day + 1 : day);
    }

    /** A current PPO in Eastbourne: created by the coordinator and selected by the panel; returns id and PNC id. */
    static String[] ppo(String coordinator, String lastName, String firstName, LocalDate born) {
        String pnc = "2017/" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)) + "N";
        Map<String, Object> person = new HashMap<>();
        person.put("pncId", pnc);
        person.put("firstName", firstName);
        person.put("lastName", lastName);
        person.put("dateOfBirth", born.toString());
        person.put("gender", "MALE");
        person.put("ethnicity", "WHITE");
        person.put("schemeId", EASTBOURNE);
        person.put("leadOfficer", Map.of("name", "PC 2207 S. Nash", "contact", "0300 555 2207"));
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(person)
                .post("/api/v1/offenders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("type", "SELECT", "listedFor", "PROLIFIC", "strand", "CATCH_CONVICT", "decidedOn", LocalDate.now().toString(),
                        "rationale", "Matrix score and partner evidence", "attendingAgencies", List.of("POLICE", "PROBATION")))
                .post("/api/v1/offenders/{id}/decisions", id).then().statusCode(201);
        return new String[] {id, pnc};
    }

    static Response search(String token, String lastName, String firstName, LocalDate born) {
        return given().auth().oauth2(token).queryParam("lastName", lastName).queryParam("firstName", firstName)
                .queryParam("dateOfBirth", born.toString()).get("/api/v1/status/search");
    }

    @Test
    void smithJohnFindsSmythJonForAnOfficerOfTheSchemeAndNoOneForAnOfficerOfAnotherAndEachCandidateIsAudited() {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        LocalDate born = freshBirthDate();
        String[] smyth = ppo(coordinator, "Smyth", "Jon", born);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String eastbourne = KeycloakAdmin.userToken("search.eastbourne." + suffix, "officer", "police", List.of("EASTBOURNE"));
        String hastings = KeycloakAdmin.userToken("search.hastings." + suffix, "officer", "police", List.of("HASTINGS"));

        Response found = search(eastbourne, "Smith", "John", born);
        found.then().statusCode(200)
                .body("matches.pncId", contains(smyth[1]))
                .body("matches[0].match", equalTo("PHONETIC"))
                .body("matches[0].scheme", equalTo("EASTBOURNE"))
                .body("matches[0].ppo", equalTo(true))
                .body("truncated", equalTo(false));
        Map<String, Object> match = found.path("matches[0]");
        assertEquals(Set.of("pncId", "ppo", "strand", "status", "scheme", "leadOfficer", "flags", "nextReviewDue", "match"), match.keySet());
        // the officer's day/month slip still finds him
        search(eastbourne, "Smith", "John", LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue())).then()
                .statusCode(200).body("matches.pncId", contains(smyth[1])).body("matches[0].match", equalTo("DOB_TRANSPOSED"));

        search(hastings, "Smith", "John", born).then().statusCode(200).body("matches", hasSize(0)).body("truncated", equalTo(false));
        search(hastings, "Smyth", "Jon", born).then().statusCode(200).body("matches", hasSize(0));

        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("personId", smyth[0]).get("/api/v1/audit")
                .then().statusCode(200)
                .body("items.findAll { it.action == 'STATUS_SEARCH' }.user",
                        equalTo(List.of("search.eastbourne." + suffix, "search.eastbourne." + suffix)));
        given().auth().oauth2(RunningSuite.tokenFor("aud.auditor")).queryParam("user", "search.hastings." + suffix).get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(2)).body("items.action", everyItem(equalTo("STATUS_SEARCH")))
                .body("items.personId", everyItem(equalTo(null)));
    }

    @Test
    void anAnswerCarriesAtMostTenExactFirstAndSaysMoreMatched() {
        String coordinator = RunningSuite.tokenFor("cora.coordinator");
        LocalDate born = freshBirthDate();
        for (int i = 0; i < 10; i++) {
            ppo(coordinator, "Smyth", "Jon", born);
        }
        String[] smith = ppo(coordinator, "Smith", "John", born);
        search(RunningSuite.tokenFor("oscar.officer"), "Smith", "John", born).then().statusCode(200)
                .body("matches", hasSize(10)).body("truncated", equalTo(true))
                .body("matches[0].pncId", equalTo(smith[1])).body("matches[0].match", equalTo("EXACT"))
                .body("matches.match", hasItem("PHONETIC"));
        search(RunningSuite.tokenFor("oscar.officer"), "Smith", "J0hn", born).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("firstName"));
    }

    @Test
    void theMobileAppsTokenIsLimitedInTheMobileRateClassAsForTheStatusLookup() throws Exception {
        Properties gateway = new Properties();
        Path root = Path.of(System.getProperty("ppo.root", "..")).toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(root.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        String mobileLimit = gateway.getProperty("ppo.gateway.rate-limit.limits.mobile.requests");
        String userLimit = gateway.getProperty("ppo.gateway.rate-limit.limits.user.requests");
        assertTrue(!mobileLimit.equals(userLimit), "the classes must differ for this test to tell them apart");

        String mobile = mobileToken("oscar.officer");
        LocalDate born = freshBirthDate();
        search(mobile, "Smith", "John", born).then().statusCode(200).header("X-RateLimit-Limit", mobileLimit);
        given().auth().oauth2(mobile).queryParam("pnc", "2004/0012345D").get("/api/v1/status").then().statusCode(200)
                .header("X-RateLimit-Limit", mobileLimit);
        search(RunningSuite.tokenFor("oscar.officer"), "Smith", "John", born).then().statusCode(200)
                .header("X-RateLimit-Limit", userLimit);
    }

    /**
     * A token as the mobile app gets one: authorization code with PKCE (S256) on the public client ppo-mobile,
     * the user signing in on Keycloak's login page (the client allows no password grant).
     */
    static String mobileToken(String username) throws NoSuchAlgorithmException, IOException {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString((UUID.randomUUID() + "-" + UUID.randomUUID())
                .getBytes(StandardCharsets.US_ASCII));
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "ppo-mobile://callback";
        Response page = RunningSuite.keycloak().redirects().follow(false)
                .queryParam("client_id", "ppo-mobile").queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("redirect_uri", redirect).queryParam("state", "s").queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .get("/realms/ppo/protocol/openid-connect/auth");
        assertEquals(200, page.statusCode(), page.asString());
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(action.find(), "Keycloak's login form");
        Response login = given().redirects().follow(false).cookies(page.getCookies()).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", "ppo-local").formParam("credentialId", "")
                .urlEncodingEnabled(false)
                .post(action.group(1).replace("&amp;", "&"));
        assertEquals(302, login.statusCode(), login.asString());
        String location = login.header("Location");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertTrue(code.find(), location);
        return RunningSuite.keycloak().contentType(ContentType.URLENC)
                .formParam("grant_type", "authorization_code").formParam("client_id", "ppo-mobile")
                .formParam("code", code.group(1)).formParam("redirect_uri", redirect).formParam("code_verifier", verifier)
                .post("/realms/ppo/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
