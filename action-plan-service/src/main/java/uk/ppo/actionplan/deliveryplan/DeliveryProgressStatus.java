package uk.ppo.actionplan.deliveryplan;

/** Where an activity or sub-target of a delivery plan stands as of a day. */
public enum DeliveryProgressStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** Done, with evidence that shows it (source 000: partners "provide evidence which shows their activity is being achieved"). */
    ACHIEVED
}
