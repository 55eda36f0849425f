package uk.ppo.offender.needs;

/** The status an accommodation or employment assessment gives (the other areas have none). */
public enum NeedStatus {
    /** Settled and suitable accommodation (NI 143 counts it). */
    SETTLED(NeedArea.ACCOMMODATION),
    UNSETTLED(NeedArea.ACCOMMODATION),
    /** No fixed abode (NFA). */
    NO_FIXED_ABODE(NeedArea.ACCOMMODATION),
    /** In employment (NI 144 counts it). */
    EMPLOYED(NeedArea.EMPLOYMENT),
    UNEMPLOYED(NeedArea.EMPLOYMENT);

    private final NeedArea area;

    NeedStatus(NeedArea area) {
        this.area = area;
    }

    public NeedArea area() {
        return area;
    }
}
