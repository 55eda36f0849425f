package uk.ppo.actionplan.action;

/** Where an action stands: open until completed (with a date) or withdrawn by the partnership. */
public enum ActionStatus {
    OPEN,
    COMPLETED,
    WITHDRAWN
}
