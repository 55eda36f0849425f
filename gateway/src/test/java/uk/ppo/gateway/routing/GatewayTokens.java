package uk.ppo.gateway.routing;

import io.smallrye.jwt.build.Jwt;
import uk.ppo.common.testing.TestTokens;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens with a chosen client ({@code azp}), as Keycloak issues them to the mobile app or to a
 * partner system, signed with the key of common's {@link TestTokens} (which the test OpenID provider
 * publishes).
 */
final class GatewayTokens {

    private GatewayTokens() {
    }

    static String token(String username, String clientId, String... roles) {
        TestTokens.forRole("coordinator"); // makes the test key pair if this JVM has none yet
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty("ppo.test.oidc.private-key"));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            return Jwt.issuer(TestTokens.ISSUER)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .audience(TestTokens.AUDIENCE)
                    .claim("preferred_username", username)
                    .claim("azp", clientId)
                    .claim("realm_access", Map.of("roles", List.of(roles)))
                    .claim("agency", "police")
                    .expiresIn(300)
                    .jws().keyId("test-key").sign(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String mobileUser(String username) {
        return token(username, "ppo-mobile", "officer");
    }

    static String partner(String clientId) {
        return token("service-account-" + clientId, clientId, "partner-system");
    }
}
