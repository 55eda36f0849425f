package uk.ppo.actionplan.risk;

/** Where a risk stands: OPEN while it is managed, CLOSED (with a closing note) once it no longer applies. */
public enum RiskStatus { OPEN, CLOSED }
