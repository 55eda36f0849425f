package uk.ppo.actionplan.risk;

/** What a risk is about, when it is about one record: a partnership plan, an indicator delivery plan or a project. */
public enum RiskLinkKind { PLAN, DELIVERY_PLAN, PROJECT }
