package uk.ppo.scoring.offender;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * scoring-service's own access token (client credentials, Keycloak client {@code scoring-service}), for
 * work that runs after the caller's request has ended (score runs) and for the scope look-ups. Fetched when first needed and
 * renewed when expired.
 */
@ApplicationScoped
class ServiceToken {

    private final OidcClient client;
    private volatile Tokens tokens;

    ServiceToken(OidcClient client) {
        this.client = client;
    }

    synchronized String bearer() {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = client.getTokens().await().atMost(Duration.ofSeconds(10));
        }
        return "Bearer " + tokens.getAccessToken();
    }
}
