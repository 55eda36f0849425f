package uk.ppo.offender.event;

import uk.ppo.offender.person.Custody;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's custody from their custody events in time order. Pure. A sentence puts the person in custody with
 * its expected release; a recall puts them back with a new one; a transfer (only while in custody) changes the
 * prison and, if it says so, the expected release; a release ends custody.
 */
final class CustodyTimeline {

    private CustodyTimeline() {
    }

    record Step(EventType type, LocalDate on, Integer months, LocalDate expectedReleaseOn, String prison) {
    }

    static Custody fold(List<Step> inTimeOrder) {
        Custody c = Custody.NONE;
        for (Step s : inTimeOrder) {
            c = switch (s.type()) {
                case CUSTODY_SENTENCE -> new Custody(true, s.months(), s.on(), s.expectedReleaseOn(), s.prison(), null);
                case RECALL -> new Custody(true, c.sentenceMonths(), c.sentencedOn(), s.expectedReleaseOn(), s.prison(), null);
                case TRANSFER -> c.inCustody()
                        ? new Custody(true, c.sentenceMonths(), c.sentencedOn(),
                                s.expectedReleaseOn() != null ? s.expectedReleaseOn() : c.expectedReleaseOn(), s.prison(), null)
                        : c;
                case RELEASE -> new Custody(false, c.sentenceMonths(), c.sentencedOn(), null, null, s.on());
                default -> c;
            };
        }
        return c;
    }
}
