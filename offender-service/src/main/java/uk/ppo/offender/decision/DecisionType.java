package uk.ppo.offender.decision;

/**
 * What a selection/deselection panel can decide. The first five are the PPO scheme's; IOM_ENTER and IOM_EXIT
 * put a person into or take them out of another Integrated Offender Management cohort (or the MAPPA flag),
 * on the same panel history.
 */
public enum DecisionType {
    SELECT, MOVE, AMBER, DESELECT, REMOVE, IOM_ENTER, IOM_EXIT;

    /** Whether the decision changes the person's PPO status and strand. */
    public boolean isPpo() {
        return this != IOM_ENTER && this != IOM_EXIT;
    }
}
