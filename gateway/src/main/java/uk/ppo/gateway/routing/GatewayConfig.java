package uk.ppo.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's route table and timeouts ({@code ppo.gateway.*}). */
@ConfigMapping(prefix = "ppo.gateway")
public interface GatewayConfig {

    /** Services by name ({@code offender}, {@code scoring}, ...). */
    Map<String, ServiceConfig> services();

    /** How long to wait for a TCP connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may be silent before the caller gets 504, unless the service sets its own. */
    @WithDefault("15s")
    Duration defaultTimeout();

    interface ServiceConfig {
        URI url();

        /** Path prefixes this service owns, e.g. {@code /api/v1/schemes}. */
        List<String> prefixes();

        Optional<Duration> timeout();
    }
}
