package uk.ppo.gateway.summary;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The case-conference summary ({@code ppo.gateway.summary.*}). */
@ConfigMapping(prefix = "ppo.gateway.summary")
public interface SummaryConfig {

    /** How long each service may take; a section whose service has not answered by then is marked unavailable. */
    @WithDefault("3s")
    Duration budget();
}
