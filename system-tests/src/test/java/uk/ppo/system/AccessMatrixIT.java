package uk.ppo.system;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the merged API document × every role, through the gateway with real Keycloak
 * tokens, against the committed matrix in {@code access-matrix.csv}. A new endpoint without an entry
 * fails the build. Allowed roles must get past the security check (their answer may be 400 or 404 for
 * the made-up ids and empty bodies, never 401, 403 or 5xx); every other role gets a 403 problem; no
 * token, a token of another Keycloak realm, one signed by a stranger's key and one whose payload was
 * altered all get a 401 problem.
 */
@ExtendWith(RunningSuite.class)
class AccessMatrixIT {

    /** The media type each operation's request body is documented with, so refusals are about the role, not the body. */
    static final Map<String, String> BODY_TYPES = new LinkedHashMap<>();

    static List<ApiDocument.Entry> matrix;
    static Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    static void tokensAndMatrix() throws Exception {
        tokens.putAll(ApiDocument.tokensByRole());
        matrix = ApiDocument.matrix();
        for (ApiDocument.Operation op : ApiDocument.operations(ApiDocument.merged())) {
            if (op.bodyType() != null) {
                BODY_TYPES.put(op.key(), op.bodyType());
            }
        }
    }

    @Test
    void everyOperationInTheMergedDocumentHasAnEntryAndEveryEntryAnOperation() throws Exception {
        Set<String> documented = new TreeSet<>();
        ApiDocument.operations(ApiDocument.merged()).forEach(op -> documented.add(op.key()));
        Set<String> listed = new TreeSet<>();
        matrix.forEach(op -> listed.add(op.method() + " " + op.path()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(documented);
        assertEquals(Set.of(), missing, "operations with no entry in access-matrix.csv");
        assertEquals(Set.of(), stale, "entries in access-matrix.csv with no operation in the document");
    }

    @Test
    void everyRoleGetsExactlyTheOperationsTheMatrixGivesIt() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiDocument.Entry op : matrix) {
            for (var token : tokens.entrySet()) {
                Response response = call(given().auth().oauth2(token.getValue()), op);
                int status = response.statusCode();
                boolean allowed = op.roles().contains(token.getKey());
                boolean ok = allowed ? status != 401 && status != 403 && status < 500
                        : status == 403 && response.contentType().startsWith("application/problem+json");
                if (!ok) {
                    wrong.add(op.method() + " " + op.path() + " as " + token.getKey() + " (" + (allowed ? "allowed" : "refused")
                            + "): " + status + " " + truncate(response.asString()));
                }
                checked++;
            }
        }
        System.out.printf("ACCESS MATRIX %d operations x %d roles = %d calls, %d wrong%n", matrix.size(), tokens.size(), checked, wrong.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void noTokenAForeignRealmsTokenAStrangersSignatureAndATamperedTokenAreAll401() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("another realm (Keycloak master)", masterRealmToken());
        bad.put("signed by a stranger's key", strangersToken());
        bad.put("payload altered after signing", tampered(tokens.get("officer")));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ApiDocument.Entry op : matrix) {
            Response anonymous = call(given(), op);
            if (anonymous.statusCode() != 401 || !anonymous.contentType().startsWith("application/problem+json")) {
                wrong.add(op.method() + " " + op.path() + " without a token: " + anonymous.statusCode());
            }
            checked++;
            for (var token : bad.entrySet()) {
                Response response = call(given().auth().oauth2(token.getValue()), op);
                if (response.statusCode() != 401) {
                    wrong.add(op.method() + " " + op.path() + " with a token " + token.getKey() + ": " + response.statusCode());
                }
                checked++;
            }
        }
        System.out.printf("ACCESS MATRIX bad tokens: %d calls, %d wrong%n", checked, wrong.size());
        assertEquals(List.of(), wrong);
    }

    /** What an error body must never show: stack traces, class names, SQL. */
    static final java.util.regex.Pattern LEAK = java.util.regex.Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|uk\\.ppo)\\.[a-z]"
                    + "|\\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\\b|SQLSTATE|\\bpsql\\b");

    static final List<String> LEAKS = new ArrayList<>();
    static int responsesSeen;

    @org.junit.jupiter.api.AfterAll
    static void noResponseLeakedInternalsOrLackedItsSecurityHeaders() {
        System.out.printf("ACCESS MATRIX %d responses checked for leaks and security headers, %d bad%n", responsesSeen, LEAKS.size());
        assertEquals(List.of(), LEAKS);
    }

    private static Response call(RequestSpecification request, ApiDocument.Entry op) {
        Response response = send(request, op);
        responsesSeen++;
        String where = op.method() + " " + op.path() + " -> " + response.statusCode();
        if (response.statusCode() >= 400 && LEAK.matcher(response.asString()).find()) {
            LEAKS.add(where + " body shows internals: " + truncate(response.asString()));
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options")) || !"DENY".equals(response.header("X-Frame-Options"))
                || response.header("Content-Security-Policy") == null || !"no-store".equals(response.header("Cache-Control"))) {
            LEAKS.add(where + " lacks a security header: " + response.headers().asList());
        }
        return response;
    }

    private static Response send(RequestSpecification request, ApiDocument.Entry op) {
        String path = ApiDocument.withUnknownIds(op.path());
        if (Set.of("POST", "PUT", "PATCH").contains(op.method())) {
            String type = BODY_TYPES.getOrDefault(op.method() + " " + op.path(), "application/json");
            request = type.contains("json") ? request.contentType(type).body("{}") : request.contentType(type).body(new byte[0]);
        }
        return request.request(op.method(), path);
    }

    private static String masterRealmToken() {
        return given().baseUri(RunningSuite.suite().config().keycloakUrl()).port(RunningSuite.suite().config().keycloakPort())
                .contentType(io.restassured.http.ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "ppo-local")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** A well-formed token naming the ppo realm as issuer, with admin rights, signed by a key nobody trusts. */
    private static String strangersToken() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"stranger\"}");
        String payload = b64("{\"iss\":\"" + RunningSuite.suite().config().issuer() + "\",\"aud\":\"ppo-api\",\"sub\":\"x\","
                + "\"preferred_username\":\"mallory\",\"realm_access\":{\"roles\":[\"admin\",\"auditor\"]},"
                + "\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign((RSAPrivateKey) keys.getPrivate());
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    /** A real officer's token whose payload now claims the admin role; the signature no longer matches. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"officer\"", "\"admin\"");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
