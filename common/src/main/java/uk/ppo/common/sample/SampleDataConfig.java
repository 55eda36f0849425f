package uk.ppo.common.sample;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ppo.sample-data.*}: whether a service loads its sample data at start (the local run does, production never). */
@ConfigMapping(prefix = "ppo.sample-data")
public interface SampleDataConfig {

    /** Load the service's sample data at start. */
    @WithDefault("false")
    boolean enabled();
}
