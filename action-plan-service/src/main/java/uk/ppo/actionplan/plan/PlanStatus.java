package uk.ppo.actionplan.plan;

/** Lifecycle of a partnership plan: drafted, approved by the partnership, closed at year end. */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    CLOSED
}
