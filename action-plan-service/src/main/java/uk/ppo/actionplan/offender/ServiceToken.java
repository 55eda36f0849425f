package uk.ppo.actionplan.offender;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * action-plan-service's own access token (client credentials, Keycloak client {@code action-plan-service},
 * role {@code scope-lookup}), for offender-service's scope look-ups. Fetched when first needed and renewed
 * when expired.
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
            tokens = client.getTokens().await().atMost(Duration.ofSeconds(5));
        }
        return "Bearer " + tokens.getAccessToken();
    }
}
