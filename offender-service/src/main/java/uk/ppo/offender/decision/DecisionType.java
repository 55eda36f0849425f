package uk.ppo.offender.decision;

/** What a selection/deselection panel can decide. */
public enum DecisionType {
    SELECT, MOVE, AMBER, DESELECT, REMOVE,
    /** An amber PPO (released, or about to be) back on the active list on their strand (003 6.1, 6.2: the review prior to release). */
    RETURN_FROM_AMBER
}
