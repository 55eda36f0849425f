package uk.ppo.offender.offence;

/** Convicted and admitted (including TICs and cautions) offences are proven; suspected ones are not. */
public enum OffenceStatus {
    CONVICTED, ADMITTED, SUSPECTED;

    public boolean proven() {
        return this != SUSPECTED;
    }
}
