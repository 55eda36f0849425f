package uk.ppo.offender.decision;

/**
 * What a selection/deselection panel can decide. The first six are the PPO scheme's; IOM_ENTER and IOM_EXIT
 * put a person into or take them out of another Integrated Offender Management cohort (or the MAPPA flag),
 * on the same panel history.
 */
public enum DecisionType {
    SELECT, MOVE, AMBER, DESELECT, REMOVE,
    /** An amber PPO (released, or about to be) back on the active list on their strand (003 6.1, 6.2: the review prior to release). */
    RETURN_FROM_AMBER,
    IOM_ENTER, IOM_EXIT;

    /** Whether the decision changes the person's PPO status and strand. */
    public boolean isPpo() {
        return this != IOM_ENTER && this != IOM_EXIT;
    }
}
