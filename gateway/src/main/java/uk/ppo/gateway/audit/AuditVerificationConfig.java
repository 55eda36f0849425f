package uk.ppo.gateway.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The suite's audit verification ({@code ppo.gateway.audit-verification.*}). */
@ConfigMapping(prefix = "ppo.gateway.audit-verification")
public interface AuditVerificationConfig {

    /** How long each service may take to check its whole trail; one that has not answered by then is reported unreachable. */
    @WithDefault("60s")
    Duration budget();
}
