package uk.ppo.actionplan.deliveryplan;

/** What of a delivery plan progress is recorded against. */
public enum DeliveryItemKind {
    ACTIVITY,
    SUB_TARGET
}
