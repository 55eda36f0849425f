package uk.ppo.hotspot.threshold;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rate per 1,000 residents is measured over. Source 001's RAG bands (red 90+, amber 50–90 per 1,000)
 * were set on 12 months of data, so rates are compared per year unless thresholds say otherwise.
 */
@Schema(name = "RateBasis", description = "PER_1000_PER_YEAR: incidents ÷ population × 1,000 × 12 ÷ months in the window;"
        + " PER_1000_FOR_WINDOW: incidents ÷ population × 1,000 over the window as it is")
public enum RateBasis {
    PER_1000_PER_YEAR,
    PER_1000_FOR_WINDOW
}
