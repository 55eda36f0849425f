package uk.ppo.hotspot.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * hotspot-service's request body limits by path ({@code ppo.hotspot.body-limits.*}), the values the gateway's route
 * table gives the same paths: the gateway's {@code application.properties} is their home, and its
 * {@code BodyLimitsAgreementTest} fails when these differ from it.
 */
@ConfigMapping(prefix = "ppo.hotspot.body-limits")
public interface BodyLimitsConfig {

    /** Every endpoint but the imports and the boundary upload (the gateway's default). */
    MemorySize json();

    /** Boundary files ({@code /api/v1/areas/boundaries}). */
    MemorySize boundaries();
}
