package uk.ppo.offender.decision;

import uk.ppo.offender.person.Strand;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed list of reasons a panel gives: for leaving the scheme or its active list (DESELECT, REMOVE,
 * AMBER), with the strands each applies to, and for moving to Rehabilitate and Resettle (MOVE), the five of
 * the Thurrock strategy's section 5.3. An IOM exit takes one of {@link #IOM_EXIT}.
 */
public enum ReasonCode {
    /** P&D: ASSET fell below 21 or the risk-of-serious-harm finding was removed. */
    ASSET_BELOW_THRESHOLD(Use.LEAVING, EnumSet.of(Strand.PREVENT_DETER)),
    /** P&D: offending escalated and the person was nominated for C&C. */
    ESCALATED_TO_CATCH_CONVICT(Use.LEAVING, EnumSet.of(Strand.PREVENT_DETER)),
    MOVED_OUT_OF_AREA(Use.LEAVING, EnumSet.allOf(Strand.class)),
    DIED_OR_SERIOUS_ILLNESS(Use.LEAVING, EnumSet.allOf(Strand.class)),
    STOPPED_OR_REDUCED_OFFENDING(Use.LEAVING, EnumSet.allOf(Strand.class)),
    /** IOM cohorts other than PPO: the person no longer meets the cohort's criteria (e.g. MAPPA management ended). */
    NO_LONGER_MEETS_COHORT_CRITERIA(Use.LEAVING, EnumSet.noneOf(Strand.class)),
    /** Custodial sentence over 2 years: the amber list until a review before release. */
    CUSTODY_OVER_2_YEARS(Use.LEAVING, EnumSet.allOf(Strand.class)),
    /** C&C and R&R: custodial sentence over 10 years, removed in full. */
    CUSTODY_OVER_10_YEARS(Use.LEAVING, EnumSet.of(Strand.CATCH_CONVICT, Strand.REHABILITATE_RESETTLE)),
    /** To R&R (003 5.3): engaging with agencies and interventions programmes such as basic skills and DIP. */
    ENGAGING_WITH_INTERVENTIONS(Use.MOVE_TO_REHABILITATE_RESETTLE, EnumSet.of(Strand.CATCH_CONVICT)),
    /** To R&R (003 5.3): working. */
    WORKING(Use.MOVE_TO_REHABILITATE_RESETTLE, EnumSet.of(Strand.CATCH_CONVICT)),
    /** To R&R (003 5.3): subject to licence or a community order and not in breach. */
    ON_LICENCE_OR_COMMUNITY_ORDER_NOT_IN_BREACH(Use.MOVE_TO_REHABILITATE_RESETTLE, EnumSet.of(Strand.CATCH_CONVICT)),
    /** To R&R (003 5.3): on the Bridge programme. */
    ON_BRIDGE_PROGRAMME(Use.MOVE_TO_REHABILITATE_RESETTLE, EnumSet.of(Strand.CATCH_CONVICT)),
    /** To R&R (003 5.3): in prison and likely to be released on licence to suitable accommodation. */
    IN_PRISON_RELEASE_ON_LICENCE_TO_SUITABLE_ACCOMMODATION(Use.MOVE_TO_REHABILITATE_RESETTLE, EnumSet.of(Strand.CATCH_CONVICT));

    /** The reasons for leaving an IOM cohort other than PPO (IOM_EXIT). */
    public static final Set<ReasonCode> IOM_EXIT = EnumSet.of(ReasonCode.MOVED_OUT_OF_AREA,
            ReasonCode.DIED_OR_SERIOUS_ILLNESS, ReasonCode.STOPPED_OR_REDUCED_OFFENDING,
            ReasonCode.NO_LONGER_MEETS_COHORT_CRITERIA);

    /** What a reason is given for. */
    public enum Use { LEAVING, MOVE_TO_REHABILITATE_RESETTLE }

    private final Use use;
    private final Set<Strand> strands;

    ReasonCode(Use use, Set<Strand> strands) {
        this.use = use;
        this.strands = strands;
    }

    public Use use() {
        return use;
    }

    public boolean appliesTo(Strand strand) {
        return strands.contains(strand);
    }
}
