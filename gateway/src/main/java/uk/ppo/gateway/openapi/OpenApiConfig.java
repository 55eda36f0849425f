package uk.ppo.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The merged API document ({@code ppo.gateway.openapi.*}). */
@ConfigMapping(prefix = "ppo.gateway.openapi")
public interface OpenApiConfig {

    /** Keycloak's realm URL as browsers and partners reach it (default: the gateway's own {@code quarkus.oidc.auth-server-url}). */
    Optional<String> keycloakUrl();

    /** How long a complete merged document is served before the services are asked again. */
    @WithDefault("60s")
    Duration cacheFor();
}
