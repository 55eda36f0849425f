package uk.ppo.actionplan.ppoplan;

/**
 * What kind of plan a PPO has: a targeting plan for Catch and Convict (police-led, intensive
 * monitoring), an intervention plan for Rehabilitate and Resettle and for Prevent and Deter.
 */
public enum PlanKind {
    TARGETING,
    INTERVENTION;

    public static PlanKind forStrand(Strand strand) {
        return switch (strand) {
            case CATCH_CONVICT -> TARGETING;
            case REHABILITATE_RESETTLE, PREVENT_DETER -> INTERVENTION;
        };
    }
}
