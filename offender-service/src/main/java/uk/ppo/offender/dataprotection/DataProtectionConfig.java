package uk.ppo.offender.dataprotection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code ppo.data-protection.*}: the other services a disposal or subject-access request reaches, and how
 * {@link JobWorker} retries a step that failed. Defaults are production's.
 */
@ConfigMapping(prefix = "ppo.data-protection")
public interface DataProtectionConfig {

    /** scoring-service, by its base URL. */
    Partner scoringService();

    /** action-plan-service, by its base URL. */
    Partner actionPlanService();

    /** A partner service that has not answered in this time has failed the step. */
    @WithDefault("20s")
    Duration callTimeout();

    /** How often each replica looks for due steps (also the scheduler's interval, ppo.data-protection.poll). */
    @WithDefault("2s")
    Duration poll();

    /** The wait after a step's first failure; each wait doubles. */
    @WithDefault("2s")
    Duration retryDelay();

    /** No wait is longer. */
    @WithDefault("30s")
    Duration retryMaxDelay();

    /** A step still failing after this many attempts fails, and the DPO sees why. */
    @WithDefault("200")
    @Min(1)
    int maxAttempts();

    /** Another service holding records about people. */
    interface Partner {

        /** Its base URL. */
        String url();
    }
}
