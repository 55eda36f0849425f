package uk.ppo.actionplan.offender;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * action-plan-service's own access token (client credentials, Keycloak client {@code action-plan-service},
 * roles {@code scope-lookup}, {@code conference-feed} and {@code indicator-feed}), for its calls to offender-service and
 * hotspot-service. Fetched when first needed and renewed when expired.
 */
@ApplicationScoped
public class ServiceToken {

    private final OidcClient client;
    private volatile Tokens tokens;

    ServiceToken(OidcClient client) {
        this.client = client;
    }

    public synchronized String bearer() {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = client.getTokens().await().atMost(Duration.ofSeconds(5));
        }
        return "Bearer " + tokens.getAccessToken();
    }
}
