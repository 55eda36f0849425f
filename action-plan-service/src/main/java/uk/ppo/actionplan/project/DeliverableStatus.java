package uk.ppo.actionplan.project;

/** A deliverable is DONE (004's ✓) or still OUTSTANDING. Whether it changed from the plan (004's Δ) is marked apart. */
public enum DeliverableStatus { OUTSTANDING, DONE }
