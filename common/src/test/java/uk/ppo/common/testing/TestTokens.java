package uk.ppo.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.interfaces.RSAPublicKey;
import java.math.BigInteger;
import java.util.Arrays;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak-shaped access tokens for service tests, signed with an RSA key made for this test JVM.
 * The key lives in system properties because Quarkus loads test resources and tests in different
 * class loaders. Tokens see every scheme ({@code schemes: ["*"]}) unless told otherwise. Usage: {@code TestTokens.user("cora.coordinator").roles("coordinator").agency("police").token()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/ppo";
    public static final String AUDIENCE = "ppo-api";
    private static final String PRIVATE = "ppo.test.oidc.private-key";
    private static final String PUBLIC = "ppo.test.oidc.public-key";

    private final String username;
    private List<String> roles = List.of();
    private String agency = "police";
    private List<String> schemes = List.of("*");
    private String clientId = "ppo-cli";
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    /**
     * An hour: a module's tests share tokens made once (static fixtures) over one Quarkus start, which on a loaded
     * machine outlasts Keycloak's five minutes. Tests of expiry set their own.
     */
    private Instant expiresAt = Instant.now().plusSeconds(3600);

    private TestTokens(String username) {
        this.username = username;
    }

    public static TestTokens user(String username) {
        return new TestTokens(username);
    }

    /** A token for a user with one role, agency police. */
    public static String forRole(String role) {
        return user("test." + role).roles(role).token();
    }

    public TestTokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokens agency(String agency) {
        this.agency = agency;
        return this;
    }

    /** The token's {@code schemes} claim (default {@code ["*"]}, every scheme). */
    public TestTokens schemes(String... schemeCodes) {
        this.schemes = List.of(schemeCodes);
        return this;
    }

    /** A token without a {@code schemes} claim: it may see no person or scheme. */
    public TestTokens noSchemes() {
        this.schemes = null;
        return this;
    }

    /** The client the token was issued to ({@code azp}; default {@code ppo-cli}): a partner system's client id. */
    public TestTokens client(String clientId) {
        this.clientId = clientId;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public String token() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .audience(audience)
                .claim("preferred_username", username)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", roles))
                .claim("agency", agency)
                .issuedAt(Collections.min(List.of(Instant.now(), expiresAt.minusSeconds(300))))
                .expiresAt(expiresAt);
        if (schemes != null) {
            claims.claim("schemes", schemes);
        }
        return claims.jws().keyId("test-key").sign(privateKey());
    }

    /** The JSON Web Key Set with the public key, as Keycloak publishes it at .../certs. */
    static String jwks() {
        ensureKeys();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PUBLIC));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-key\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                    + url.encodeToString(unsigned(key.getModulus())) + "\",\"e\":\""
                    + url.encodeToString(unsigned(key.getPublicExponent())) + "\"}]}";
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static PrivateKey privateKey() {
        ensureKeys();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureKeys() {
        synchronized (System.class) {
            if (System.getProperty(PRIVATE) != null) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
