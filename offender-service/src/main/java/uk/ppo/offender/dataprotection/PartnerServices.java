package uk.ppo.offender.dataprotection;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The other services that hold records about people (scoring-service: scores, their inputs and ASSET;
 * action-plan-service: per-PPO plans and conference items), called with offender-service's own access token
 * (client credentials, Keycloak client {@code offender-service}), for work that outlives the DPO's request.
 */
@ApplicationScoped
public class PartnerServices {

    static final String SCORING = "scoring-service";
    static final String ACTION_PLAN = "action-plan-service";

    private final Map<String, DataProtectionApi> services = new LinkedHashMap<>();
    private final OidcClient tokens;
    private volatile Tokens current;

    PartnerServices(OidcClient tokens, DataProtectionConfig config) {
        this.tokens = tokens;
        services.put(SCORING, client(config.scoringService().url(), config.callTimeout()));
        services.put(ACTION_PLAN, client(config.actionPlanService().url(), config.callTimeout()));
    }

    private static DataProtectionApi client(String url, Duration timeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(DataProtectionApi.class);
    }

    /** The services asked, by name, in the order a job lists them. */
    public List<String> names() {
        return List.copyOf(services.keySet());
    }

    String records(String service, UUID personId, LocalDate from, LocalDate to) {
        return api(service).records(bearer(), personId, from, to);
    }

    String dispose(String service, UUID personId) {
        return api(service).dispose(bearer(), personId);
    }

    private DataProtectionApi api(String service) {
        DataProtectionApi api = services.get(service);
        if (api == null) {
            throw new IllegalArgumentException("no such service: " + service);
        }
        return api;
    }

    private synchronized String bearer() {
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = tokens.getTokens().await().atMost(Duration.ofSeconds(10));
        }
        return "Bearer " + current.getAccessToken();
    }
}
