package uk.ppo.offender.decision;

import uk.ppo.offender.person.Strand;

import java.util.EnumSet;
import java.util.Set;

/** The closed list of reasons for leaving the scheme or its active list, with the strands each applies to. */
public enum ReasonCode {
    /** P&D: ASSET fell below 21 or the risk-of-serious-harm finding was removed. */
    ASSET_BELOW_THRESHOLD(EnumSet.of(Strand.PREVENT_DETER)),
    /** P&D: offending escalated and the person was nominated for C&C. */
    ESCALATED_TO_CATCH_CONVICT(EnumSet.of(Strand.PREVENT_DETER)),
    MOVED_OUT_OF_AREA(EnumSet.allOf(Strand.class)),
    DIED_OR_SERIOUS_ILLNESS(EnumSet.allOf(Strand.class)),
    STOPPED_OR_REDUCED_OFFENDING(EnumSet.allOf(Strand.class)),
    /** Custodial sentence over 2 years: the amber list until a review before release. */
    CUSTODY_OVER_2_YEARS(EnumSet.allOf(Strand.class)),
    /** C&C and R&R: custodial sentence over 10 years, removed in full. */
    CUSTODY_OVER_10_YEARS(EnumSet.of(Strand.CATCH_CONVICT, Strand.REHABILITATE_RESETTLE));

    private final Set<Strand> strands;

    ReasonCode(Set<Strand> strands) {
        this.strands = strands;
    }

    public boolean appliesTo(Strand strand) {
        return strands.contains(strand);
    }
}
