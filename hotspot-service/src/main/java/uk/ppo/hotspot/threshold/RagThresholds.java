package uk.ppo.hotspot.threshold;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * RAG bands on a rate per 1,000 residents, on the stated basis: RED from {@code redFrom}, AMBER from
 * {@code amberFrom}, else GREEN. Like is compared with like: per-year thresholds judge the annualised rate,
 * window thresholds the rate over the window.
 */
public record RagThresholds(BigDecimal redFrom, BigDecimal amberFrom, RateBasis basis) {

    public static final RateBasis DEFAULT_BASIS = RateBasis.PER_1000_PER_YEAR;

    public RagThresholds {
        Objects.requireNonNull(basis);
        if (amberFrom.signum() <= 0 || redFrom.compareTo(amberFrom) <= 0) {
            throw new IllegalArgumentException("need 0 < amberFrom < redFrom");
        }
    }

    /** The band of a rate already on this basis; null when there is no rate (no population). */
    public Rag classify(BigDecimal rateOnBasis) {
        if (rateOnBasis == null) {
            return null;
        }
        if (rateOnBasis.compareTo(redFrom) >= 0) {
            return Rag.RED;
        }
        return rateOnBasis.compareTo(amberFrom) >= 0 ? Rag.AMBER : Rag.GREEN;
    }

    /** The band of an area given both of its rates: the one on this basis is judged. */
    public Rag classify(BigDecimal perYear, BigDecimal inWindow) {
        return classify(basis == RateBasis.PER_1000_PER_YEAR ? perYear : inWindow);
    }

    public enum Rag { RED, AMBER, GREEN }
}
