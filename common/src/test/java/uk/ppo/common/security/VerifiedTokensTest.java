package uk.ppo.common.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cache of verified tokens answers, and when it stops answering, on a clock the test moves. */
class VerifiedTokensTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final VerifiedTokens tokens = new VerifiedTokens(true, 100, Duration.ofMinutes(5), nanos::get);

    private static SecurityIdentity verified(String token, String user, long expiresInSeconds) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> user)
                .addRole("officer")
                .addCredential(new AccessTokenCredential(token))
                .addAttribute(VerifiedTokens.EXPIRE_TIME, System.currentTimeMillis() / 1000 + expiresInSeconds)
                .build();
    }

    private void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aTokenOidcAcceptedIsAnsweredWithItsOwnIdentity() {
        tokens.remember(verified("token-of-olly", "olly.officer", 300));
        tokens.remember(verified("token-of-sam", "sam.scoped", 300));

        SecurityIdentity olly = tokens.lookup("token-of-olly");
        assertEquals("olly.officer", olly.getPrincipal().getName());
        assertTrue(olly.hasRole("officer"));
        assertEquals("token-of-olly", olly.getCredential(AccessTokenCredential.class).getToken());
        assertEquals("sam.scoped", tokens.lookup("token-of-sam").getPrincipal().getName());
    }

    @Test
    void anyOtherTextIsLeftToOidc() {
        tokens.remember(verified("header.payload.signature", "olly.officer", 300));

        assertNull(tokens.lookup("header.payload.signaturf"));
        assertNull(tokens.lookup("header.payload.signature "));
        assertNull(tokens.lookup("header.payloaD.signature"));
    }

    @Test
    void aTokenIsNotAnsweredFromTheMomentItExpires() {
        tokens.remember(verified("short-lived", "olly.officer", 60));
        wait(Duration.ofSeconds(58));
        assertNotNull(tokens.lookup("short-lived"));

        wait(Duration.ofSeconds(2));
        assertNull(tokens.lookup("short-lived"));
    }

    @Test
    void noTokenIsHeldLongerThanTheMaximumAgeWhateverItsExpiry() {
        tokens.remember(verified("long-lived", "partner", 36_000));
        wait(Duration.ofMinutes(4));
        assertNotNull(tokens.lookup("long-lived"));

        wait(Duration.ofMinutes(1));
        assertNull(tokens.lookup("long-lived"));
    }

    @Test
    void expiredAnonymousAndIdTokensAreNeverHeld() {
        tokens.remember(verified("expired", "olly.officer", -1));
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        tokens.remember(QuarkusSecurityIdentity.builder().setPrincipal(() -> "olly.officer")
                .addCredential(new IdTokenCredential("id-token"))
                .addAttribute(VerifiedTokens.EXPIRE_TIME, System.currentTimeMillis() / 1000 + 300).build());

        assertNull(tokens.lookup("expired"));
        assertNull(tokens.lookup("id-token"));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheHoldsAtMostItsMaximumSize() {
        VerifiedTokens small = new VerifiedTokens(true, 3, Duration.ofMinutes(5), nanos::get);
        for (int i = 0; i < 50; i++) {
            small.remember(verified("token-" + i, "user-" + i, 300));
        }

        assertTrue(small.size() <= 3, "held " + small.size());
    }

    @Test
    void theBearerTokenIsReadAsOidcReadsIt() {
        assertEquals("header.payload.signature", VerifiedTokens.bearerToken("Bearer header.payload.signature"));
        assertEquals("header.payload.signature", VerifiedTokens.bearerToken("bearer header.payload.signature"));
        assertEquals(" header.payload.signature", VerifiedTokens.bearerToken("Bearer  header.payload.signature"));
        assertNull(VerifiedTokens.bearerToken("Basic b2xseTpzZWNyZXQ="));
        assertNull(VerifiedTokens.bearerToken("Bearerheader.payload.signature"));
        assertNull(VerifiedTokens.bearerToken("header.payload.signature"));
        assertNull(VerifiedTokens.bearerToken(null));
    }
}
