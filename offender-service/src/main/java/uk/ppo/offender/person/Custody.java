package uk.ppo.offender.person;

import java.time.LocalDate;

/**
 * A person's custody as their partners' custody events say: sentenced (months, date), where they are held and
 * when they are expected out, or released (and when). {@code expectedReleaseOn} and {@code prison} only while
 * in custody.
 */
public record Custody(boolean inCustody, Integer sentenceMonths, LocalDate sentencedOn, LocalDate expectedReleaseOn,
                      String prison, LocalDate releasedOn) {

    public static final Custody NONE = new Custody(false, null, null, null, null, null);
}
