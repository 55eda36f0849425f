package uk.ppo.hotspot.threshold;

import java.math.BigDecimal;

/** RAG bands on a rate per 1,000 residents: RED from {@code redFrom}, AMBER from {@code amberFrom}, else GREEN. */
public record RagThresholds(BigDecimal redFrom, BigDecimal amberFrom) {

    public static final RagThresholds DEFAULT = new RagThresholds(new BigDecimal("90"), new BigDecimal("50"));

    public RagThresholds {
        if (amberFrom.signum() <= 0 || redFrom.compareTo(amberFrom) <= 0) {
            throw new IllegalArgumentException("need 0 < amberFrom < redFrom");
        }
    }

    /** The band of a rate; null when there is no rate (no population). */
    public Rag classify(BigDecimal ratePer1000) {
        if (ratePer1000 == null) {
            return null;
        }
        if (ratePer1000.compareTo(redFrom) >= 0) {
            return Rag.RED;
        }
        return ratePer1000.compareTo(amberFrom) >= 0 ? Rag.AMBER : Rag.GREEN;
    }

    public enum Rag { RED, AMBER, GREEN }
}
