package uk.ppo.hotspot.threshold;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;

/**
 * {@code ppo.hotspot.rag.*}: the RAG thresholds for areas under no partnership that set its own, per 1,000 residents
 * per year (source 001's, on 12 months of data). {@link RagThresholds} holds them to {@code 0 < amber-from < red-from}.
 */
@ConfigMapping(prefix = "ppo.hotspot.rag")
public interface RagDefaultsConfig {

    /** RED from this rate. */
    @WithDefault("90")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal redFrom();

    /** AMBER from this rate, below {@link #redFrom()}. */
    @WithDefault("50")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal amberFrom();
}
